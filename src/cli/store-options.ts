// The option every command that touches the store shares: `--data DIR` (the embedded database's
// folder), else DATABASE_URL (a PostgreSQL server), else YUSUAN_DATA, else ./data.
import type { Command } from 'commander';
import { openStore, storeLocation } from '../app/index.js';
import type { Store } from '../app/index.js';

export interface StoreFlags {
  data?: string;
}

export function addStoreOption(cmd: Command): Command {
  return cmd.option(
    '--data <dir>',
    '内嵌数据库的目录（默认 YUSUAN_DATA 或 ./data；设置了 DATABASE_URL 时用 PostgreSQL）',
  );
}

/** Opens (and migrates) the store, runs `work`, closes it. */
export async function withStore<T>(flags: StoreFlags, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeLocation(flags, process.env));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
