// `yusuan evaluate` in-process on the corpus: the template's contract columns, scoring an empty and a
// filled sheet (report and JSON), a sheet saved by Excel in GB18030, malformed values (exit 2 with row
// and column), usage errors (64), and every corpus document end to end.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { yusuanInProcess } from '../../test-support/cli.js';
import { CORPUS, corpusPath } from '../../test-support/corpus.js';
import type { CorpusName } from '../../test-support/corpus.js';

const tmp = mkdtempSync(join(tmpdir(), 'yusuan-evaluate-'));
const yusuan = yusuanInProcess();
const bangongting = corpusPath('bangongting');

const COLUMNS =
  'unit,project,level1,level2,indicator,comparator,target,unit_of_measure,weight,standard,actual,explanation,budget,executed';

/** The template with cells set: [project, indicator or 预算执行, value, explanation?]. */
function fill(csv: string, values: [string, string, string, string?][]): string {
  const lines = csv
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');
  return (
    '\ufeff' +
    lines
      .map((line) => {
        const cells = line.split(',');
        for (const [project, what, value, why] of values) {
          if (cells[1] !== project) continue;
          if (what === '预算执行' && cells[2] === '预算执行') cells[13] = value;
          else if (cells[4] === what) cells[10] = value;
          else continue;
          if (why !== undefined) cells[11] = why;
        }
        return cells.join(',');
      })
      .join('\r\n') +
    '\r\n'
  );
}

interface JsonOut {
  projects: {
    kind: string;
    unit: string | null;
    project: string;
    score: string;
    grade: string | null;
    execution: Record<string, unknown>;
    indicators: {
      indicator: string;
      weight: string;
      actual: string | null;
      score: string | null;
      rule: string;
      reason: string;
    }[];
  }[];
  unparsed: { project: string; indicator: string; line: number; reason: string }[];
}

describe('yusuan evaluate --template', () => {
  it('prints the sheet with the contract columns and a 预算执行 row per target', async () => {
    const r = await yusuan('evaluate', bangongting, '--template');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe(`\ufeff${COLUMNS}`);
    expect(lines[1]).toBe('104001,110联动经费,预算执行,,,,,,,,,,33.34,');
    expect(lines.filter((l) => l.includes(',预算执行,'))).toHaveLength(18);
  });

  it('writes it to -o, and does not replace an existing file without --force (exit 73)', async () => {
    const out = join(tmp, 'actuals.csv');
    expect((await yusuan('evaluate', bangongting, '--template', '-o', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith(`\ufeff${COLUMNS}\r\n`)).toBe(true);
    const again = await yusuan('evaluate', bangongting, '--template', '-o', out);
    expect(again.code).toBe(73);
    expect(again.stderr).toBe(`yusuan: 输出文件已存在：${out}（用 --force 覆盖）\n`);
    expect((await yusuan('evaluate', bangongting, '--template', '-o', out, '--force')).code).toBe(0);
    const self = await yusuan('evaluate', bangongting, '--template', '-o', bangongting);
    expect(self.code).toBe(64);
  });
});

describe('yusuan evaluate --actuals', () => {
  const empty = join(tmp, 'empty.csv');
  const filled = join(tmp, 'filled.csv');

  it('scores an empty sheet as "not evaluated yet": JSON with every target, no grade, the unparsed standards', async () => {
    await yusuan('evaluate', bangongting, '--template', '-o', empty, '--force');
    const r = await yusuan('evaluate', bangongting, '--actuals', empty, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.projects).toHaveLength(18);
    expect(out.projects[0]).toMatchObject({
      kind: 'project',
      unit: '104001',
      project: '110联动经费',
      score: '0.00',
      grade: null,
    });
    expect(out.projects[0]?.execution).toMatchObject({
      budget: '33.34',
      executed: null,
      rate: null,
      score: null,
    });
    expect(out.projects[0]?.indicators[0]).toMatchObject({
      indicator: '保障办公值班经费',
      weight: '10.00',
      actual: null,
      score: null,
      rule: 'binary',
      reason: '未填写实际值，未评价',
    });
    expect(out.unparsed.map((u) => u.line)).toEqual([346, 498, 535, 536, 586, 606]);
  });

  it('scores a filled target: report in Chinese and JSON agree', async () => {
    const template = (await yusuan('evaluate', bangongting, '--template')).stdout;
    writeFileSync(
      filled,
      fill(template, [
        ['110联动经费', '预算执行', '31.2', '年末集中支付'],
        ['110联动经费', '保障办公值班经费', '12'],
        ['110联动经费', '110联动单位工作经费下拨', '10'],
        ['110联动经费', '全年值班在岗率', '100%'],
        ['110联动经费', '值班工作业务培训合格率', '93', '新入职人员未参加考核'],
        ['110联动经费', '警情及突发事件及时处置率', '97'],
        ['110联动经费', '维护社会安全稳定', '完成'],
        ['110联动经费', '社会公众满意度', '96'],
      ]),
    );
    const report = await yusuan('evaluate', bangongting, '--actuals', filled);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('项目“110联动经费”（104001）：得分 99.05，等级 优');
    expect(report.stdout).toContain('      预算执行率=31.2÷33.34=93.58%，得分=93.58%×10=9.36');
    expect(report.stdout).toContain(
      '      实际97%，未达到“处置率达到98%即为满分”；评分标准未写此时的得分，按默认规则：得分=97 ÷ 98×10=9.90',
    );
    expect(report.stdout).toContain(
      '      - 指标“警情及突发事件及时处置率”失分0.10分，须说明偏差原因和改进措施',
    );
    expect(report.stdout).toContain(
      '项目“办理提案及议案专项经费”（104001）：未评价（8项指标和预算执行率均未填写）',
    );
    expect(report.stdout.trimEnd().split('\n').at(-1)).toBe('完成评价 1/18 个目标：优 1，良 0，中 0，差 0');
    const json = JSON.parse(
      (await yusuan('evaluate', bangongting, '--actuals', filled, '--json')).stdout,
    ) as JsonOut;
    expect(json.projects[0]).toMatchObject({ score: '99.05', grade: '优' });
    expect(json.projects[0]?.indicators.map((i) => i.score)).toEqual([
      '10.00',
      '10.00',
      '20.00',
      '9.79',
      '9.90',
      '20.00',
      '10.00',
    ]);
  });

  it('reads a sheet that Excel saved in GB18030', async () => {
    const gbk = join(tmp, 'gbk.csv');
    writeFileSync(gbk, iconv.encode(readFileSync(filled, 'utf8').replace(/^\ufeff/, ''), 'gb18030'));
    const r = await yusuan('evaluate', bangongting, '--actuals', gbk, '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonOut).projects[0]?.score).toBe('99.05');
  });

  it('refuses malformed values with row and column, exit 2, and scores nothing', async () => {
    const bad = join(tmp, 'bad.csv');
    const template = (await yusuan('evaluate', bangongting, '--template')).stdout;
    writeFileSync(
      bad,
      fill(template, [
        ['110联动经费', '全年值班在岗率', '好'],
        ['110联动经费', '社会公众满意度', '196'],
        ['110联动经费', '预算执行', '-3'],
      ]),
    );
    const r = await yusuan('evaluate', bangongting, '--actuals', bad, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      `yusuan: 实际值文件 ${bad} 有 3 处错误，未评分：`,
      `${bad}:2: 第2行第14列（executed）：“-3”不是有效的金额（万元）`,
      `${bad}:5: 第5行第11列（actual）：指标“全年值班在岗率”的实际值：应填写实际值（%）或“完成”或“未完成”，实际填写“好”`,
      `${bad}:9: 第9行第11列（actual）：指标“社会公众满意度”的实际值：“196”不是有效的比率（应在0%–100%之间）`,
      '',
    ]);
  });

  it('reports a missing or unreadable sheet (exit 2) and wrong usage (exit 64)', async () => {
    expect(await yusuan('evaluate', bangongting, '--actuals', join(tmp, 'none.csv'))).toMatchObject({
      code: 2,
    });
    const binary = join(tmp, 'binary.csv');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 9]));
    expect(await yusuan('evaluate', bangongting, '--actuals', binary)).toEqual({
      code: 2,
      stdout: '',
      stderr: `yusuan: 实际值文件不是文本（CSV）：${binary}\n`,
    });
    expect((await yusuan('evaluate', bangongting)).code).toBe(64);
    expect((await yusuan('evaluate', bangongting, '--template', '--actuals', empty)).code).toBe(64);
    expect((await yusuan('evaluate', bangongting, '--template', '--json')).code).toBe(64);
  });

  it.each(Object.keys(CORPUS) as CorpusName[])('gives the template and the scores for %s', async (name) => {
    const sheet = join(tmp, `${name}.csv`);
    expect((await yusuan('evaluate', corpusPath(name), '--template', '-o', sheet, '--force')).code).toBe(0);
    const r = await yusuan('evaluate', corpusPath(name), '--actuals', sheet, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    const expected = { bangongting: [18, 6], beijing: [4, 1], keyProjects: [35, 13], xiangyin: [8, 0] }[name];
    expect([out.projects.length, out.unparsed.length]).toEqual(expected);
    expect(existsSync(sheet)).toBe(true);
  });
});
