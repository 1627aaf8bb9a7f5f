// Amount tables in the official layout (publishers/html/amount-table.ts): functional tables
// (科目编码 类/款/项 | 功能科目 | amounts with grouped headers such as 本级财政拨款 / 金额 / 其中：经费拨款),
// the economic table (经济科目编码 | 经济科目名称 | amounts), the per-unit 三公 table and Shanghai's
// one-row tables; the `**` numbering row; 合计 first.
import type { AmountRowJson, AmountTableJson } from '../model/json';
import type { Cell, Grid, GridRow } from './grid';
import { emptyBody, money, td, th } from './grid';

/** Header groups the templates print above some columns (core/templates: ColumnTemplate.group). */
const GROUPS: Record<string, Record<string, string>> = {
  income: { fiscal: '本级财政拨款', fiscalFunding: '本级财政拨款' },
};

interface HeaderColumn {
  key: string;
  label: string;
  group: string | null;
}

function headerColumns(table: AmountTableJson): HeaderColumn[] {
  const groups = GROUPS[table.id] ?? {};
  return table.columns.map((c) => ({ key: c.key, label: c.label, group: groups[c.key] ?? null }));
}

function amountHeaders(
  columns: readonly HeaderColumn[],
  headRows: 1 | 2 = 1,
): { top: Cell[]; bottom: Cell[]; twoRows: boolean } {
  const twoRows = headRows === 2 || columns.some((c) => c.group);
  const top: Cell[] = [];
  const bottom: Cell[] = [];
  columns.forEach((c, i) => {
    if (!c.group) {
      top.push(th(c.label, { rowSpan: twoRows ? 2 : 1 }));
      return;
    }
    if (columns[i - 1]?.group !== c.group) {
      const span = columns.slice(i).findIndex((x) => x.group !== c.group);
      top.push(th(c.group, { colSpan: span < 0 ? columns.length - i : span }));
    }
    bottom.push(th(c.label));
  });
  return { top, bottom, twoRows };
}

function functionalCodeCells(r: AmountRowJson): Cell[] {
  const c = r.code ?? '';
  if (r.kind === 'class') return [td(c.slice(0, 3), { cls: 'code' }), td(''), td('')];
  if (r.kind === 'section') return [td(''), td(c.slice(3, 5), { cls: 'code' }), td('')];
  if (r.kind === 'item')
    return [
      td(c.slice(0, 3), { cls: 'code' }),
      td(c.slice(3, 5), { cls: 'code' }),
      td(c.slice(5, 7), { cls: 'code' }),
    ];
  return [td(''), td(''), td('')];
}

function numberingRow(stars: number, columns: number): GridRow {
  return {
    cls: 'numbering',
    cells: [
      ...Array.from({ length: stars }, () => td('**', { cls: 'center' })),
      ...Array.from({ length: columns }, (_, i) => td(String(i + 1), { cls: 'center' })),
    ],
  };
}

export function amountTableGrid(table: AmountTableJson): Grid {
  const columns = headerColumns(table);
  // The functional tables' heads have two rows (科目编码 over 类/款/项): ungrouped columns span both.
  const { top, bottom, twoRows } = amountHeaders(columns, table.classification === 'functional' ? 2 : 1);
  const amounts = (r: AmountRowJson) => {
    const i = table.rows.indexOf(r);
    const row = r.kind === 'total' ? '合计' : (r.code ?? r.name);
    return columns.map((c) =>
      money(r.amounts[c.key], {
        path: `tables.${table.id}.rows[${i}].amounts.${c.key}`,
        target: { table: table.name, row, column: c.label },
      }),
    );
  };
  const rows = table.empty ? [] : table.rows;
  const name = (r: AmountRowJson) => td(r.kind === 'total' ? '合计' : r.name, { cls: 'label' });
  const body = (lead: number, leadCells: (r: AmountRowJson) => Cell[]): GridRow[] =>
    rows.length
      ? [
          numberingRow(lead, columns.length),
          ...rows.map((r) => ({ cells: [...leadCells(r), ...amounts(r)], line: r.source.line, cls: r.kind })),
        ]
      : emptyBody(lead + columns.length);
  const minWidth = 320 + columns.length * 110;

  if (table.classification === 'functional') {
    return {
      head: [
        { cells: [th('科目编码', { colSpan: 3 }), th('功能科目', { rowSpan: 2, cls: 'label' }), ...top] },
        { cells: [th('类'), th('款'), th('项'), ...bottom] },
      ],
      body: body(4, (r) => [...functionalCodeCells(r), name(r)]),
      columnCount: 4 + columns.length,
      minWidth,
    };
  }
  if (table.classification === 'total') {
    return {
      head: twoRows ? [{ cells: top }, { cells: bottom }] : [{ cells: top }],
      body: table.rows.length
        ? table.rows.map((r) => ({ cells: amounts(r), line: r.source.line, cls: 'total' }))
        : emptyBody(columns.length),
      columnCount: columns.length,
      minWidth: columns.length * 110,
    };
  }
  if (table.classification === 'economic') {
    const span = twoRows ? 2 : 1;
    return {
      head: [
        {
          cells: [
            th('经济科目编码', { rowSpan: span }),
            th('经济科目名称', { rowSpan: span, cls: 'label' }),
            ...top,
          ],
        },
        ...(twoRows ? [{ cells: bottom }] : []),
      ],
      body: body(2, (r) => [td(r.kind === 'total' ? '' : r.code, { cls: 'code' }), name(r)]),
      columnCount: 2 + columns.length,
      minWidth,
    };
  }
  // Rows are units (三公): one group header over all amount columns, as printed.
  const count = 1 + columns.length;
  return {
    head: [
      {
        cells: [
          th('部门名称', { rowSpan: 2, cls: 'label' }),
          th('“三公”经费预算数（财政拨款）', { colSpan: columns.length }),
        ],
      },
      { cells: columns.map((c) => th(c.label)) },
    ],
    body: rows.length
      ? rows.map((r) => ({ cells: [name(r), ...amounts(r)], line: r.source.line, cls: r.kind }))
      : emptyBody(count),
    columnCount: count,
    minWidth,
  };
}
