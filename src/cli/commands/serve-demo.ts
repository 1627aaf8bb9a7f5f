// `serve --demo`: the demo accounts, and the demo documents when the store is empty.
import { DEMO_USERS, seedDemo } from '../../app/index.js';
import type { Store } from '../../app/index.js';

export async function loadDemo(store: Store): Promise<void> {
  process.stderr.write('正在载入示例市数据（首次启动需要一些时间）…\n');
  const report = await seedDemo(store, undefined, (n) => {
    if (process.stderr.isTTY) process.stderr.write(`\r已导入 ${n} 份文档`);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  if (!report.skipped)
    process.stderr.write(
      `示例数据已载入：${report.loaded} 份文档` +
        (report.refused.length
          ? `，${report.refused.length} 份未能导入（${report.refused.map((r) => r.code).join('、')}）`
          : '') +
        '\n',
    );
  process.stderr.write(
    '示例账户（用户名 / 密码）：\n' +
      DEMO_USERS.map((u) => `  ${u.name} / ${u.password}（${u.role}）`).join('\n') +
      '\n',
  );
}
