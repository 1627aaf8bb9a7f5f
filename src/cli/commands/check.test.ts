// `yusuan check` and `yusuan rules` in-process: real corpus files and mutations of them written to a
// temporary directory, real output and exit codes.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewBytes } from '../../app/review.js';
import { CATALOGUE } from '../../rules/catalogue.js';
import { TABLE_RULES } from '../../rules/catalogue-tables.js';
import { yusuanInProcess } from '../../test-support/cli.js';
import { corpusBytes, corpusPath, mutateLine } from '../../test-support/corpus.js';
import { formatDocument } from '../format/check-report.js';

const tmp = mkdtempSync(join(tmpdir(), 'yusuan-check-'));
// 部门收支总表 line 145: 二、项目支出 1,161.75 → 1,161.72, so 本年支出合计 no longer adds up.
const broken = join(tmp, 'bangongting-broken.txt');
writeFileSync(
  broken,
  mutateLine('bangongting', 145, (l) => l.replace('1,161.75', '1,161.72')),
);

const yusuan = yusuanInProcess();

describe('yusuan check', () => {
  it('exits 1 and shows the finding with its lines quoted from the source, grouped by table', async () => {
    const r = await yusuan('check', broken);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bangongting-broken.txt（部门预算）');
    // Under the table's heading; other rules' findings on the same table may come before this one.
    const group = r.stdout.slice(r.stdout.indexOf('\n  部门收支总表\n'));
    expect(group.split(/\n {2}(?! )/)[1]).toContain(
      [
        '    错误 summary-expenditure-sum  第 150 行',
        '      部门收支总表：本年支出合计 6,563.63 ≠ 各项支出之和 6,563.60，相差 +0.03',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      [
        '      150 │ 本年收入合计 | 6,563.63 | 本年支出合计 | 6,563.63',
        '      144 │ 一、本级财政拨款收入 | 6,563.63 | 一、基本支出 | 5,401.88',
        '      145 │ 二、财政专户管理事业收入 |  | 二、项目支出 | 1,161.72',
      ].join('\n'),
    );
    expect(r.stdout).toMatch(/合计：错误 \d+，警告 \d+，提示 \d+\n$/);
    expect(r.stdout).not.toContain('\x1b['); // no colours when stdout is not a terminal
  });

  it('still checks the other files when one cannot be read, and exits 2', async () => {
    const r = await yusuan('check', join(tmp, 'missing.txt'), broken);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件不存在');
    expect(r.stdout).toContain('summary-expenditure-sum');
  });

  it('prints {"documents":[{file, kind, findings}]} with --json, findings carrying their figures', async () => {
    const r = await yusuan('check', broken, '--json', '--min-severity', 'error');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      documents: { file: string; kind: string; findings: Record<string, unknown>[] }[];
    };
    expect(out.documents.map((d) => [d.file, d.kind])).toEqual([[broken, 'department-budget']]);
    const f = out.documents[0]?.findings.find((x) => x['rule'] === 'summary-expenditure-sum');
    expect(f).toEqual({
      rule: 'summary-expenditure-sum',
      category: 'arithmetic',
      severity: 'error',
      message: '部门收支总表：本年支出合计 6,563.63 ≠ 各项支出之和 6,563.60，相差 +0.03',
      lines: [150, 144, 145],
      table: '部门收支总表',
      found: '6,563.63',
      expected: '6,563.60',
      difference: '+0.03',
    });
    expect(out.documents[0]?.findings.every((x) => x['severity'] === 'error')).toBe(true);
  });

  it('drops findings below --min-severity', async () => {
    const all = await yusuan('check', corpusPath('beijing'), '--json');
    const errors = await yusuan('check', corpusPath('beijing'), '--json', '--min-severity', 'error');
    const count = (s: string, sev: string) =>
      (JSON.parse(s) as { documents: { findings: { severity: string }[] }[] }).documents[0]?.findings.filter(
        (f) => f.severity === sev,
      ).length;
    expect(count(all.stdout, 'warning')).toBeGreaterThanOrEqual(2); // lines 374 and 383 at least
    expect(count(errors.stdout, 'warning')).toBe(0);
  });

  it('refuses an unknown severity as a usage error (64)', async () => {
    const r = await yusuan('check', broken, '--min-severity', 'fatal');
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('--min-severity');
  });

  it('exits 0 when no finding is an error', async () => {
    const r = await reviewBytes('bangongting.txt', corpusBytes('bangongting'), { rules: TABLE_RULES });
    expect(r.ok && r.findings).toEqual([]);
  });

  it('shows at most three quoted lines per finding and lists the rest', async () => {
    const r = await reviewBytes(
      'beijing.txt',
      new TextEncoder().encode(mutateLine('beijing', 275, (l) => l.replace('78.49', '78.94'))),
      { rules: TABLE_RULES, minSeverity: 'error' },
    );
    if (!r.ok) throw new Error('not imported');
    const style = { severity: (_s: string, t: string) => t, dim: (t: string) => t, bold: (t: string) => t };
    const text = formatDocument(r, style);
    expect(text).toContain('    错误 classification-subtotals  第 275 行\n');
    expect(text).toContain('      …另有 14 行：278、288、289');
  });
});

describe('yusuan rules', () => {
  it('lists every rule of the catalogue with id, severity, category and title', async () => {
    const r = await yusuan('rules');
    expect(r.code).toBe(0);
    for (const rule of CATALOGUE) expect(r.stdout).toContain(rule.id);
    expect(r.stdout).toMatch(
      /^summary-income-sum +错误 {2}表内运算\t部门收支总表：本年收入合计等于各项收入之和$/m,
    );
    expect(r.stdout).toContain(`共 ${CATALOGUE.length} 条规则`);
  });

  it('prints the catalogue as JSON with --json', async () => {
    const r = await yusuan('rules', '--json');
    const out = JSON.parse(r.stdout) as {
      rules: { id: string; severity: string; category: string; title: string }[];
    };
    expect(out.rules.map((x) => x.id)).toEqual(CATALOGUE.map((x) => x.id));
    expect(out.rules.find((x) => x.id === 'tables-present')).toMatchObject({
      severity: 'error',
      category: 'completeness',
      title: '完整性：模板规定的各张表均已公开（空表也须列示）',
    });
  });
});
