// The official layouts, built from the codec's JSON of corpus documents: header rows and spans,
// code columns, 合计 first, the two sides of the statements lined up, targets merged over their rows.
import { describe, expect, it } from 'vitest';
import { documentToJson } from '../../src/core/codec/index.js';
import { importCorpus } from '../../src/test-support/corpus.js';
import { amountTableGrid } from '../src/layout/amount-layout';
import { balanceTableGrid } from '../src/layout/balance-layout';
import { composition, functionalTree, keyTotals, yearPairs } from '../src/layout/document-data';
import type { Grid } from '../src/layout/grid';
import { projectTargetsGrid, unitTargetsGrid } from '../src/layout/target-layout';
import type { BudgetDocJson } from '../src/model/json';

const doc = JSON.parse(documentToJson(importCorpus('bangongting'))) as BudgetDocJson;
const text = (g: Grid, row: number) => g.body[row]?.cells.map((c) => (c.amount ? c.amount.value : c.text));
const width = (cells: { colSpan?: number }[]) => cells.reduce((n, c) => n + (c.colSpan ?? 1), 0);

describe('layouts from model JSON', () => {
  it('lays out a functional table with 类/款/项 and 合计 first', () => {
    const t = doc.tables['general-expenditure'];
    if (t?.shape !== 'amounts') throw new Error('no general-expenditure');
    const g = amountTableGrid(t);
    expect(g.head[0]?.cells.map((c) => [c.text, c.rowSpan ?? 1, c.colSpan ?? 1])).toEqual([
      ['科目编码', 1, 3],
      ['功能科目', 2, 1],
      ['总计', 2, 1],
      ['基本支出', 2, 1],
      ['项目支出', 2, 1],
    ]);
    expect(text(g, 1)).toEqual(['', '', '', '合计', '6563.63', '5401.88', '1161.75']);
    expect(text(g, 2)?.slice(0, 4)).toEqual(['201', '', '', '一般公共服务支出']);
    expect(text(g, 4)?.slice(0, 4)).toEqual(['201', '03', '01', '行政运行']);
  });

  it('groups 本级财政拨款 over two columns of the income table', () => {
    const t = doc.tables['income'];
    if (t?.shape !== 'amounts') throw new Error('no income');
    const g = amountTableGrid(t);
    expect(g.head[0]?.cells.find((c) => c.text === '本级财政拨款')?.colSpan).toBe(2);
    expect(g.head[1]?.cells.map((c) => c.text)).toEqual(['类', '款', '项', '金额', '其中：经费拨款']);
  });

  it('lines up the statement: 本年收入合计 beside 本年支出合计, 收入总计 beside 支出总计', () => {
    const t = doc.tables['summary'];
    if (t?.shape !== 'balance') throw new Error('no summary');
    const g = balanceTableGrid(t);
    const rows = g.body.map((r) =>
      r.cells.filter((c) => c.cls?.startsWith('label')).map((c) => c.text.replace(/^.*、/, '')),
    );
    expect(rows).toContainEqual(['本年收入合计', '本年支出合计']);
    expect(rows.at(-1)).toEqual(['收入总计', '支出总计']);
    for (const r of g.body) expect(width(r.cells)).toBe(g.columnCount);
  });

  it('merges each project over its indicator rows and keeps every row as wide as the head', () => {
    const g = projectTargetsGrid(doc, null);
    const first = doc.projectTargets[0];
    const lead = g.body.find((r) => r.cells.some((c) => c.text === first?.name.value));
    expect(lead?.cells[0]?.rowSpan).toBe(first?.indicators.length);
    const u = unitTargetsGrid(doc.unitTargets);
    expect(u.head.length).toBe(3);
    expect(u.body.length).toBe(doc.unitTargets.reduce((n, t) => n + Math.max(1, t.indicators.length), 0));
  });

  it('reads the key totals, composition, the functional tree and the year-on-year pairs', () => {
    expect(keyTotals(doc)).toEqual({
      income: '6563.63',
      expenditure: '6563.63',
      basic: '5401.88',
      project: '1161.75',
      threePublic: expect.any(String) as string,
    });
    expect(composition(doc).expenditure.map((s) => [s.name, s.value])).toEqual([
      ['基本支出', '5401.88'],
      ['项目支出', '1161.75'],
    ]);
    const tree = functionalTree(doc);
    expect(tree.map((n) => n.code)).toEqual(['201']);
    expect(tree[0]?.children[0]?.children.map((n) => n.code)).toEqual(['2010301', '2010302']);
    expect(yearPairs(doc.narrative.facts).find((p) => p.name === '收入预算')).toMatchObject({
      current: '6563.63',
      previous: '6409.17',
      change: '154.46',
    });
  });
});
