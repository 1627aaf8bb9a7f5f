// `yusuan db migrate`: brings the store's schema to the latest version (serve and the other store
// commands do so on start too; this is for deployments that migrate as a separate step).
import type { Command } from 'commander';
import { migrate, openStore, storeLocation } from '../../app/index.js';
import { guarded } from '../output.js';
import { addStoreOption } from '../store-options.js';
import type { StoreFlags } from '../store-options.js';

export function registerDb(program: Command): void {
  const db = program.command('db').description('数据库维护');
  addStoreOption(db.command('migrate').description('把数据库结构升级到最新版本')).action(
    guarded(async (flags: StoreFlags) => {
      const store = await openStore(storeLocation(flags, process.env), { migrate: false });
      try {
        const applied = await migrate(store);
        process.stdout.write(
          applied.length
            ? `已应用迁移：${applied.join('、')}（${store.where}）\n`
            : `数据库已是最新（${store.where}）\n`,
        );
      } finally {
        await store.close();
      }
    }),
  );
}
