// `yusuan audit verify [--data DIR]`: checks the audit trail's hash chain (exit 1 when an entry was
// rewritten, removed or reordered, naming the first). `yusuan audit export [--format json|csv]
// [-o FILE] [--document ID]`: the trail for auditors, with its hashes.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { auditText, exportableAudit, verifyAuditTrail } from '../../app/index.js';
import type { AuditFormat } from '../../app/index.js';
import { EXIT } from '../exit-codes.js';
import { guarded } from '../output.js';
import { addStoreOption, withStore } from '../store-options.js';
import type { StoreFlags } from '../store-options.js';

const ADMIN = {
  kind: 'user',
  id: 0,
  name: 'cli',
  role: 'admin',
  region: null,
  department: null,
  unit: null,
} as const;

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('审计记录：校验哈希链、导出');
  addStoreOption(
    audit.command('verify').description('校验审计记录的哈希链（被改写、删除或调换的记录会被发现）'),
  ).action(
    guarded(async (flags: StoreFlags) => {
      const r = await withStore(flags, (store) => verifyAuditTrail(store));
      if (r.ok) {
        process.stdout.write(`审计记录完整：${r.count} 条，链头 ${r.head}\n`);
        return;
      }
      const p = r.problem;
      const why =
        p?.reason === 'sequence'
          ? `序号不连续（应为 ${p.expected}）`
          : p?.reason === 'previous-hash'
            ? '与前一条记录的哈希不相连'
            : '内容与哈希不符（记录被改写）';
      process.stdout.write(`审计记录被篡改：第 ${p?.seq ?? '?'} 条${why}；此前 ${r.count} 条完好\n`);
      process.exitCode = EXIT.findings;
    }),
  );
  addStoreOption(
    audit
      .command('export')
      .description('导出审计记录（含哈希，供审计人员核查）')
      .option('--format <format>', 'json 或 csv', 'json')
      .option('-o, --output <file>', '写入文件（默认标准输出）')
      .option('--document <id>', '只导出一个文档的记录'),
  ).action(
    guarded(async (flags: StoreFlags & { format: string; output?: string; document?: string }) => {
      const format: AuditFormat = flags.format === 'csv' ? 'csv' : 'json';
      const text = await withStore(flags, async (store) =>
        auditText(await exportableAudit(store, ADMIN, flags.document), format),
      );
      if (flags.output) writeFileSync(flags.output, text);
      else process.stdout.write(text);
    }),
  );
}
