import { describe, expect, it } from 'vitest';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { AmountRow, AmountTable } from '../../core/model/tables.js';
import type { TableId } from '../../core/templates/template.js';
import { CORPUS, corpusText, importDepartment, mutateLine } from '../../test-support/corpus.js';
import type { CorpusName } from '../../test-support/corpus.js';
import { importText } from '../index.js';

function amountTable(doc: DepartmentBudgetDocument, id: TableId): AmountTable {
  const t = doc.tables[id];
  if (t?.shape !== 'amounts') throw new Error(`${id} is not an amount table`);
  return t;
}

function importMutated(
  name: CorpusName,
  line: number,
  replace: (old: string) => string,
): DepartmentBudgetDocument {
  const r = importText(mutateLine(name, line, replace), { file: CORPUS[name] });
  if (!r.ok || r.document.kind !== 'department-budget') throw new Error('mutated import failed');
  return r.document;
}

/** The row's amounts as grouped text ("5,401.88"), null for blank cells, in column order. */
function figures(row: AmountRow | undefined): (string | null)[] {
  if (!row) throw new Error('no row');
  return Object.values(row.amounts).map((a) => (a ? a.value.toGrouped(2) : null));
}

function rowAt(t: AmountTable, line: number): AmountRow | undefined {
  return t.rows.find((r) => r.source.line === line);
}

function diagnosticsOf(doc: DepartmentBudgetDocument, table: string) {
  return doc.diagnostics.filter((d) => d.table === table);
}

const bangongting = importDepartment('bangongting');
const beijing = importDepartment('beijing');

describe('functional tables (2, 3, 5, 8) of the 2024 办公厅 budget', () => {
  it.each([
    [
      'income',
      166,
      'total',
      null,
      '合计',
      ['6,563.63', '6,563.63', '6,563.63', null, null, null, null, null, null],
    ],
    [
      'income',
      167,
      'class',
      '201',
      '一般公共服务支出',
      ['6,563.63', '6,563.63', '6,563.63', null, null, null, null, null, null],
    ],
    [
      'income',
      168,
      'section',
      '20103',
      '政府办公厅（室）及相关机构事务',
      ['6,563.63', '6,563.63', '6,563.63', null, null, null, null, null, null],
    ],
    [
      'income',
      169,
      'item',
      '2010301',
      '行政运行',
      ['5,401.88', '5,401.88', '5,401.88', null, null, null, null, null, null],
    ],
    ['expenditure', 183, 'total', null, '合计', ['6,563.63', '5,401.88', '1,161.75', null, null, null]],
    ['expenditure', 186, 'item', '2010301', '行政运行', ['5,401.88', '5,401.88', null, null, null, null]],
    [
      'expenditure',
      187,
      'item',
      '2010302',
      '一般行政管理事务',
      ['1,161.75', null, '1,161.75', null, null, null],
    ],
    ['general-expenditure', 245, 'total', null, '合计', ['6,563.63', '5,401.88', '1,161.75']],
    [
      'general-expenditure',
      247,
      'section',
      '20103',
      '政府办公厅（室）及相关机构事务',
      ['6,563.63', '5,401.88', '1,161.75'],
    ],
    ['general-expenditure', 249, 'item', '2010302', '一般行政管理事务', ['1,161.75', null, '1,161.75']],
  ] as const)(
    '%s line %i is a %s row %s %s with its printed figures',
    (id, line, kind, code, name, amounts) => {
      const row = rowAt(amountTable(bangongting, id), line);
      expect(row).toMatchObject({ kind, code, name });
      expect(figures(row)).toEqual(amounts);
    },
  );

  it('reads each functional table as 合计, 类, 款 and two 项 rows in order', () => {
    for (const id of ['income', 'expenditure', 'general-expenditure'] as const) {
      const t = amountTable(bangongting, id);
      expect(t.classification).toBe('functional');
      expect(t.rows.map((r) => r.code)).toEqual([null, '201', '20103', '2010301', '2010302']);
      expect(t.empty).toBe(false);
    }
  });

  it('keeps the amount as printed, exact, in 万元, with line and column', () => {
    const total = rowAt(amountTable(bangongting, 'income'), 169)?.amounts['total'];
    expect(total?.text).toBe('5,401.88');
    expect(total?.value.toString()).toBe('5401.88');
    expect(total?.unit).toBe('万元');
    expect(total?.source).toEqual({ line: 169, column: 5 });
    expect(rowAt(amountTable(bangongting, 'income'), 169)?.source).toEqual({ line: 169, column: 4 });
  });

  it('reads the 政府性基金 table printed with only "⇥⇥⇥⇥0⇥0⇥0" as empty, without rows, and says so', () => {
    const fund = amountTable(bangongting, 'fund-expenditure');
    expect(fund.empty).toBe(true);
    expect(fund.rows).toEqual([]);
    expect(fund.note?.value).toContain('故本表无数据');
    expect(diagnosticsOf(bangongting, '政府性基金预算支出表')).toEqual([
      expect.objectContaining({ code: 'unplaced-line', severity: 'info', source: { line: 327 } }),
    ]);
  });

  it('reports nothing but the empty-table marker and page stitching for tables 2–8', () => {
    const names = [
      '部门收入总表',
      '部门支出总表',
      '一般公共预算支出表',
      '一般公共预算基本支出表',
      '一般公共预算“三公”经费支出表',
    ];
    const found = bangongting.diagnostics.filter((d) => d.table !== undefined && names.includes(d.table));
    expect(found.map((d) => d.code)).toEqual(['table-continued']);
  });
});

describe('economic table (6) over pages', () => {
  it('reads the 2024 基本支出表 over 2 pages: 32 rows, 合计 first', () => {
    const t = amountTable(bangongting, 'basic-expenditure');
    expect(t.classification).toBe('economic');
    expect(t.pages).toEqual([
      { first: 253, last: 276 },
      { first: 278, last: 303 },
    ]);
    // 16 rows on each page (lines 261–276 and 286–301), 合计 included.
    expect(t.rows).toHaveLength(32);
    expect(t.rows.filter((r) => r.kind === 'class').map((r) => r.code)).toEqual(['301', '302', '303']);
    expect(t.rows.filter((r) => r.kind === 'item')).toHaveLength(28);
    expect(t.rows[0]).toMatchObject({ kind: 'total', code: null, name: '合计', source: { line: 261 } });
    expect(figures(t.rows[0])).toEqual(['5,401.88', '4,815.97', '585.91']);
  });

  it.each([
    [262, 'class', '301', '工资福利支出', ['4,004.13', '4,004.13', null]],
    [276, 'item', '30207', '邮电费', ['9.00', null, '9.00']],
    [286, 'item', '30211', '差旅费', ['15.00', null, '15.00']],
    [295, 'item', '30231', '公务用车运行维护费', ['74.16', null, '74.16']],
    [300, 'item', '30309', '奖励金', ['0.16', '0.16', null]],
  ] as const)('2024 line %i: %s %s %s', (line, kind, code, name, amounts) => {
    const row = rowAt(amountTable(bangongting, 'basic-expenditure'), line);
    expect(row).toMatchObject({ kind, code, name });
    expect(figures(row)).toEqual(amounts);
  });

  it('reads the Beijing 2023 基本支出表 over 3 pages, ending with 30399 7.36 at line 313', () => {
    const t = amountTable(beijing, 'basic-expenditure');
    expect(t.pages).toHaveLength(3);
    expect(t.rows).toHaveLength(33);
    expect(figures(t.rows[0])).toEqual(['656.38', '577.89', '78.49']);
    const last = t.rows[t.rows.length - 1];
    expect(last).toMatchObject({
      kind: 'item',
      code: '30399',
      name: '其他对个人和家庭的补助',
      source: { line: 313 },
    });
    expect(figures(last)).toEqual(['7.36', '7.36', null]);
  });
});

describe('三公 table (7)', () => {
  it('reads 合计 and the unit row of 2024 with all six columns', () => {
    const t = amountTable(bangongting, 'three-public');
    expect(t.classification).toBe('unit');
    expect(t.rows.map((r) => [r.kind, r.code, r.name, r.source.line])).toEqual([
      ['total', null, '合计', 313],
      ['unit', null, '长沙市人民政府办公厅', 314],
    ]);
    expect(Object.keys(t.rows[0]?.amounts ?? {})).toEqual([
      'total',
      'reception',
      'abroad',
      'vehicle',
      'vehiclePurchase',
      'vehicleOperation',
    ]);
    expect(figures(t.rows[0])).toEqual(['252.08', '40.90', '31.00', '180.18', '54.60', '125.58']);
  });

  it('reads the blank 因公出国 of Beijing 2023 as null', () => {
    const t = amountTable(beijing, 'three-public');
    expect(figures(t.rows[0])).toEqual(['10.66', '1.66', null, '9.00', null, '9.00']);
    expect(t.rows[1]?.name).toBe('长沙市人民政府驻北京联络处');
  });
});

describe('Beijing 2023 (markdown flavour)', () => {
  it('reads 支出总表 and the empty 政府性基金 table', () => {
    const t = amountTable(beijing, 'expenditure');
    expect(figures(rowAt(t, 183))).toEqual(['1,561.09', '656.38', '904.71', null, null, null]);
    expect(rowAt(t, 187)).toMatchObject({ code: '2010302', name: '一般行政管理事务' });
    const fund = amountTable(beijing, 'fund-expenditure');
    expect([fund.empty, fund.rows.length]).toEqual([true, 0]);
  });
});

describe('damaged rows (mutations of the 2024 document)', () => {
  it('reports text in an amount cell as cell-unreadable with its line and column, and keeps the rest of the row', () => {
    const doc = importMutated('bangongting', 169, (l) => l.replace('5,401.88', 'abc'));
    const row = rowAt(amountTable(doc, 'income'), 169);
    expect(figures(row)).toEqual([null, '5,401.88', '5,401.88', null, null, null, null, null, null]);
    const d = doc.diagnostics.find((x) => x.code === 'cell-unreadable');
    expect(d).toMatchObject({ severity: 'warning', source: { line: 169, column: 5 }, table: '部门收入总表' });
    expect(d?.message).toContain('“abc”');
  });

  it('reads a row shifted right by an extra leading empty cell the same, and notes the realignment', () => {
    const doc = importMutated('bangongting', 169, (l) => '\t' + l);
    const row = rowAt(amountTable(doc, 'income'), 169);
    expect(row).toMatchObject({ kind: 'item', code: '2010301', name: '行政运行' });
    expect(figures(row)?.slice(0, 3)).toEqual(['5,401.88', '5,401.88', '5,401.88']);
    expect(row?.amounts['total']?.source).toEqual({ line: 169, column: 6 });
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'row-realigned', source: { line: 169 } }),
    );
  });

  it('reads a 款 row that lost its leading empty cell as 20103, inheriting 类 201', () => {
    const doc = importMutated('bangongting', 185, (l) => l.replace(/^\t/, ''));
    expect(rowAt(amountTable(doc, 'expenditure'), 185)).toMatchObject({ kind: 'section', code: '20103' });
    expect(figures(rowAt(amountTable(doc, 'expenditure'), 185))).toEqual([
      '6,563.63',
      '5,401.88',
      '1,161.75',
      null,
      null,
      null,
    ]);
  });

  it.each([
    ['an extra empty cell between 类 and 款', (l: string) => l.replace('201\t', '201\t\t'), 0],
    ['an extra empty cell between 项 and the name', (l: string) => l.replace('\t01\t', '\t01\t\t'), 0],
    ['the whole code printed in the 类 column', (l: string) => l.replace('201\t03\t01', '2010301\t\t'), 0],
    ['a garbled 类 cell (inherited from the 类 row)', (l: string) => l.replace(/^201/, 'x1'), 1],
  ])('reads 支出总表 line 186 as 2010301 行政运行 with %s', (_, change, warnings) => {
    const doc = importMutated('bangongting', 186, change);
    const row = rowAt(amountTable(doc, 'expenditure'), 186);
    expect(row).toMatchObject({ kind: 'item', code: '2010301', name: '行政运行' });
    expect(figures(row)).toEqual(['5,401.88', '5,401.88', null, null, null, null]);
    expect(doc.diagnostics.filter((d) => d.severity === 'warning' && d.source.line === 186)).toHaveLength(
      warnings,
    );
  });

  it('realigns figures shifted by an extra empty cell after the name using total = Σ columns', () => {
    const doc = importMutated('bangongting', 248, (l) => l.replace('行政运行\t', '行政运行\t\t'));
    const row = rowAt(amountTable(doc, 'general-expenditure'), 248);
    expect(figures(row)).toEqual(['5,401.88', '5,401.88', null]);
    expect(row?.amounts['total']?.source.column).toBe(6);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'row-realigned', severity: 'info', source: { line: 248 } }),
    );
  });

  it('reports a row with more figures than columns as row-unreadable and does not guess', () => {
    const doc = importMutated('bangongting', 249, (l) => l + '\t9.99');
    const t = amountTable(doc, 'general-expenditure');
    expect(rowAt(t, 249)).toBeUndefined();
    expect(t.rows).toHaveLength(4);
    const d = doc.diagnostics.find((x) => x.code === 'row-unreadable');
    expect(d).toMatchObject({ severity: 'warning', source: { line: 249 }, table: '一般公共预算支出表' });
    expect(d?.message).toContain('9.99');
  });

  it('reads a table whose header rows were deleted the same', () => {
    // Lines 284–285: the column captions and the numbering row of page 2.
    const text = corpusText('bangongting')
      .split('\n')
      .map((l, i) => (i === 283 || i === 284 ? '' : l))
      .join('\n');
    const r = importText(text, { file: CORPUS.bangongting });
    if (!r.ok || r.document.kind !== 'department-budget') throw new Error('import failed');
    const t = amountTable(r.document, 'basic-expenditure');
    expect(t.rows).toHaveLength(32);
    expect(rowAt(t, 295)?.code).toBe('30231');
    expect(r.document.diagnostics.filter((d) => d.severity !== 'info')).toEqual(
      bangongting.diagnostics.filter((d) => d.severity !== 'info'),
    );
  });

  it('merges a row repeated at the top of a continuation page', () => {
    const doc = importMutated('bangongting', 285, (l) => l + '\n30207\t邮电费\t9.00\t\t9.00');
    const t = amountTable(doc, 'basic-expenditure');
    expect(t.rows).toHaveLength(32);
    expect(t.rows.filter((r) => r.code === '30207')).toHaveLength(1);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'row-repeated', source: { line: 286 } }),
    );
  });

  it('reports an economic row whose code is not 3 or 5 digits, and keeps the other rows', () => {
    const doc = importMutated('bangongting', 295, (l) => l.replace('30231', '3023'));
    const t = amountTable(doc, 'basic-expenditure');
    expect(t.rows).toHaveLength(31);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'cell-unreadable', source: { line: 295, column: 1 } }),
    );
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'row-unreadable', source: { line: 295 } }),
    );
  });

  it('keeps a zero 合计 row of the 政府性基金 table as total, the table still empty', () => {
    const doc = importMutated('bangongting', 327, () => '\t\t\t合计\t0\t0\t0');
    const fund = amountTable(doc, 'fund-expenditure');
    expect(fund.rows.map((r) => [r.kind, r.name])).toEqual([['total', '合计']]);
    expect(fund.empty).toBe(true);
  });

  it('does not call a table empty when an unplaceable row holds figures', () => {
    const doc = importMutated('bangongting', 327, () => '\t\t\t\t5.00\t5.00\t0');
    const fund = amountTable(doc, 'fund-expenditure');
    expect([fund.rows.length, fund.empty]).toEqual([0, false]);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'row-unreadable', severity: 'warning', source: { line: 327 } }),
    );
  });

  it('reports a non-table line on a table page as unplaced', () => {
    const doc = importMutated('bangongting', 314, (l) => l + '\n（续表见下页）');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'unplaced-line', severity: 'warning', source: { line: 315 } }),
    );
    expect(amountTable(doc, 'three-public').rows).toHaveLength(2);
  });
});
