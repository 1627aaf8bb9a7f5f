import { describe, expect, it } from 'vitest';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { BalanceEntry, BalanceTable } from '../../core/model/tables.js';
import { CORPUS, corpusText, importDepartment, mutateLine } from '../../test-support/corpus.js';
import { importText } from '../index.js';

function balance(doc: DepartmentBudgetDocument, id: 'summary' | 'fiscal-summary'): BalanceTable {
  const t = doc.tables[id];
  if (t?.shape !== 'balance') throw new Error(`${id} is not a balance table`);
  return t;
}

function importFrom(text: string): DepartmentBudgetDocument {
  const r = importText(text, { file: CORPUS.bangongting });
  if (!r.ok || r.document.kind !== 'department-budget') throw new Error('import failed');
  return r.document;
}

function mutated(line: number, replace: (old: string) => string): DepartmentBudgetDocument {
  return importFrom(mutateLine('bangongting', line, replace));
}

/** An entry as [line, label, key, role, amounts as grouped text or null]. */
function view(e: BalanceEntry): [number, string, string | null, string, (string | null)[]] {
  return [
    e.source.line,
    e.label,
    e.key,
    e.role,
    Object.values(e.amounts).map((a) => (a ? a.value.toGrouped(2) : null)),
  ];
}

function entry(entries: readonly BalanceEntry[], key: string): BalanceEntry | undefined {
  return entries.find((e) => e.key === key);
}

const bangongting = importDepartment('bangongting');
const beijing = importDepartment('beijing');

describe('部门收支总表 (table 1)', () => {
  it('reads the 2024 income side: seven items, 本年收入合计 and 收入总计, labels without numbering', () => {
    const t = balance(bangongting, 'summary');
    expect(t.income.map(view)).toEqual([
      [144, '本级财政拨款收入', '本级财政拨款收入', 'item', ['6,563.63']],
      [145, '财政专户管理事业收入', '财政专户管理事业收入', 'item', [null]],
      [146, '事业单位经营服务收入', '事业单位经营服务收入', 'item', [null]],
      [147, '上级补助收入', '上级补助收入', 'item', [null]],
      [148, '其它收入', '其它收入', 'item', [null]],
      [149, '事业收入', '事业收入', 'item', [null]],
      [150, '本年收入合计', '本年收入合计', 'subtotal', ['6,563.63']],
      [151, '上年结转', '上年结转', 'item', [null]],
      [153, '收入总计', '收入总计', 'total', ['6,563.63']],
    ]);
  });

  it('reads the 2024 expenditure side, including 结转下年 on a row whose income side is blank', () => {
    const t = balance(bangongting, 'summary');
    expect(t.expenditure.map(view)).toEqual([
      [144, '基本支出', '基本支出', 'item', ['5,401.88']],
      [145, '项目支出', '项目支出', 'item', ['1,161.75']],
      [146, '事业单位经营支出', '事业单位经营支出', 'item', [null]],
      [147, '对附属单位补助支出', '对附属单位补助支出', 'item', [null]],
      [148, '上缴上级支出', '上缴上级支出', 'item', [null]],
      [150, '本年支出合计', '本年支出合计', 'subtotal', ['6,563.63']],
      [151, '结余分配', '结余分配', 'item', [null]],
      [152, '结转下年', '结转下年', 'item', [null]],
      [153, '支出总计', '支出总计', 'total', ['6,563.63']],
    ]);
    expect(t.empty).toBe(false);
    expect(t.columns).toEqual({
      income: [{ key: 'budget', label: '本年预算' }],
      expenditure: [{ key: 'budget', label: '本年预算' }],
    });
  });

  it('keeps each amount exact, as printed, in 万元 with its line and column', () => {
    const total = entry(balance(bangongting, 'summary').income, '收入总计')?.amounts['budget'];
    expect(total).toMatchObject({ text: '6,563.63', unit: '万元', source: { line: 153, column: 2 } });
    expect(total?.value.toString()).toBe('6563.63');
    const spent = entry(balance(bangongting, 'summary').expenditure, '支出总计')?.amounts['budget'];
    expect(spent?.source).toEqual({ line: 153, column: 4 });
  });

  it('reads the Beijing 2023 table split over 2 pages, with 结转下年 and the totals on page 2', () => {
    const t = balance(beijing, 'summary');
    expect(t.pages).toEqual([
      { first: 127, last: 142 },
      { first: 144, last: 155 },
    ]);
    expect(t.income).toHaveLength(9);
    expect(t.expenditure).toHaveLength(9);
    expect(view(t.income[0] as BalanceEntry)).toEqual([
      135,
      '本级财政拨款收入',
      '本级财政拨款收入',
      'item',
      ['1,561.09'],
    ]);
    expect(entry(t.expenditure, '结转下年')?.source.line).toBe(152);
    expect(view(entry(t.income, '收入总计') as BalanceEntry)).toEqual([
      153,
      '收入总计',
      '收入总计',
      'total',
      ['1,561.09'],
    ]);
    expect(view(entry(t.expenditure, '支出总计') as BalanceEntry)).toEqual([
      153,
      '支出总计',
      '支出总计',
      'total',
      ['1,561.09'],
    ]);
  });
});

describe('财政拨款收支总表 (table 4)', () => {
  it('reads the 2024 income side', () => {
    expect(balance(bangongting, 'fiscal-summary').income.map(view)).toEqual([
      [199, '本年收入', '本年收入', 'item', ['6,563.63']],
      [200, '一般公共预算拨款收入', '一般公共预算拨款收入', 'subitem', ['6,563.63']],
      [201, '政府性基金预算拨款收入', '政府性基金预算拨款收入', 'subitem', [null]],
      [202, '国有资本经营预算拨款收入', '国有资本经营预算拨款收入', 'subitem', [null]],
      [231, '上年结转', '上年结转', 'item', [null]],
      [232, '收入总计', '收入总计', 'total', ['6,563.63']],
    ]);
  });

  it('reads the 2024 expenditure side over 2 pages: 本年支出, 22 class lines, 结转下年, 支出总计', () => {
    const exp = balance(bangongting, 'fiscal-summary').expenditure;
    expect(exp).toHaveLength(25);
    expect(exp.filter((e) => e.role === 'subitem')).toHaveLength(22);
    expect(exp.every((e) => e.key !== null)).toBe(true);
    expect(view(exp[0] as BalanceEntry)).toEqual([
      199,
      '本年支出',
      '本年支出',
      'item',
      ['6,563.63', '6,563.63', null, null],
    ]);
    expect(view(exp[1] as BalanceEntry)).toEqual([
      200,
      '一般公共服务支出',
      '一般公共服务支出',
      'subitem',
      ['6,563.63', '6,563.63', null, null],
    ]);
    expect(exp.slice(-3).map(view)).toEqual([
      [230, '其他支出', '其他支出', 'subitem', [null, null, null, null]],
      [231, '结转下年', '结转下年', 'item', [null, null, null, null]],
      [232, '支出总计', '支出总计', 'total', ['6,563.63', '6,563.63', null, null]],
    ]);
    expect(Object.keys(exp[0]?.amounts ?? {})).toEqual(['total', 'general', 'fund', 'stateCapital']);
  });

  it('reads the Beijing 2023 table with its totals on page 2 (line 234)', () => {
    const t = balance(beijing, 'fiscal-summary');
    expect(t.expenditure).toHaveLength(25);
    expect(view(entry(t.expenditure, '支出总计') as BalanceEntry)).toEqual([
      234,
      '支出总计',
      '支出总计',
      'total',
      ['1,561.09', '1,561.09', null, null],
    ]);
  });

  it('reports nothing for tables 1 and 4 of either document but page stitching', () => {
    for (const doc of [bangongting, beijing]) {
      const found = doc.diagnostics.filter(
        (d) => d.table === '部门收支总表' || d.table === '财政拨款收支总表',
      );
      expect(found.every((d) => d.code === 'table-continued')).toBe(true);
    }
  });
});

describe('damaged rows (mutations of the 2024 document)', () => {
  it('reports text in an amount cell as cell-unreadable with line and column, and reads the other side', () => {
    const doc = mutated(144, (l) => l.replace('6,563.63', 'abc'));
    const t = balance(doc, 'summary');
    expect(entry(t.income, '本级财政拨款收入')?.amounts['budget']).toBeNull();
    expect(entry(t.expenditure, '基本支出')?.amounts['budget']?.text).toBe('5,401.88');
    const d = doc.diagnostics.find((x) => x.code === 'cell-unreadable');
    expect(d).toMatchObject({ severity: 'warning', source: { line: 144, column: 2 }, table: '部门收支总表' });
    expect(d?.message).toContain('“abc”');
  });

  it('reads a row shifted right by an extra leading empty cell, both sides', () => {
    const doc = mutated(144, (l) => '\t' + l);
    const t = balance(doc, 'summary');
    expect(entry(t.income, '本级财政拨款收入')?.amounts['budget']?.source).toEqual({ line: 144, column: 3 });
    expect(entry(t.expenditure, '基本支出')?.amounts['budget']).toMatchObject({
      text: '5,401.88',
      source: { line: 144, column: 5 },
    });
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'row-realigned', source: { line: 144 } }),
    );
  });

  it.each([
    ['gains a leading empty cell', (l: string) => '\t' + l],
    ['loses its leading empty cells', (l: string) => l.replace(/^\t+/, '')],
  ])('reads the expenditure-only row 结转下年 when it %s', (_, change) => {
    const t = balance(mutated(152, change), 'summary');
    expect(t.income.filter((e) => e.source.line === 152)).toEqual([]);
    expect(t.expenditure.filter((e) => e.source.line === 152).map((e) => e.key)).toEqual(['结转下年']);
  });

  it('realigns the 4 expenditure columns of table 4 after an extra empty cell, by 合计 = Σ columns', () => {
    const doc = mutated(199, (l) => l.replace('一、本年支出\t', '一、本年支出\t\t'));
    const e = entry(balance(doc, 'fiscal-summary').expenditure, '本年支出');
    expect(view(e as BalanceEntry)[4]).toEqual(['6,563.63', '6,563.63', null, null]);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'row-realigned', source: { line: 199 } }),
    );
  });

  it('keeps an unknown label as an entry with key null and an info diagnostic', () => {
    const doc = mutated(149, () => '六、捐赠收入\t12.00\t\t');
    const e = balance(doc, 'summary').income.find((x) => x.source.line === 149);
    expect(e).toMatchObject({ label: '捐赠收入', key: null, role: 'item' });
    expect(e?.amounts['budget']?.text).toBe('12.00');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'unplaced-line', severity: 'info', source: { line: 149 } }),
    );
  });

  it('reports an amount without an item label and keeps the table non-empty', () => {
    const doc = mutated(152, (l) => l.replace(/^\t\t/, '\t5.00\t'));
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'cell-unreadable',
        severity: 'warning',
        source: { line: 152, column: 2 },
      }),
    );
    expect(entry(balance(doc, 'summary').expenditure, '结转下年')).toBeDefined();
  });

  it('reads the table the same when its header rows are deleted', () => {
    const text = corpusText('bangongting')
      .split('\n')
      .map((l, i) => (i === 141 || i === 142 ? '' : l))
      .join('\n');
    const t = balance(importFrom(text), 'summary');
    const original = balance(bangongting, 'summary');
    expect(t.income.map(view)).toEqual(original.income.map(view));
    expect(t.expenditure.map(view)).toEqual(original.expenditure.map(view));
  });

  it('reports a row without any label as row-unreadable', () => {
    const doc = mutated(152, () => '\t\t\t7.00');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'row-unreadable', severity: 'warning', source: { line: 152 } }),
    );
    expect(balance(doc, 'summary').expenditure).toHaveLength(8);
  });
});
