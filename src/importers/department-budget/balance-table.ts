// The two-sided statements of a department budget (部门收支总表, 财政拨款收支总表): each row holds an
// income item (label, amounts) and an expenditure item (label, amounts) side by side; either side may
// be blank. Labels lose their numbering (一、 1、) and map to the template's items; an unknown label is
// kept with key null. A row shifted by the conversion is re-anchored on its labels.

import type { Amount } from '../../core/model/common.js';
import type { BalanceEntry, BalanceSide, BalanceTable } from '../../core/model/tables.js';
import { at } from '../../core/source.js';
import type {
  BalanceItemTemplate,
  BalanceTableTemplate,
  ColumnTemplate,
} from '../../core/templates/template.js';
import { isPlaceholder, labelKey } from '../../core/text.js';
import type { MoneyUnit } from '../../core/vocabulary.js';
import type { ImportContext } from '../context.js';
import { quote } from '../context.js';
import type { Cell, SourceLine } from '../lines.js';
import { alignAmounts, sumSpec } from './amount-align.js';
import type { TableScope } from './amount-cell.js';
import {
  allZero,
  inform,
  isBlank,
  isLabelText,
  readAmount,
  reportLoose,
  splitNumbering,
  tableScope,
  warn,
} from './amount-cell.js';
import { headerWords, isHeaderRow } from './amount-header.js';
import type { TableSource } from './pages.js';
import { tableBase } from './table-base.js';

const SIDE_NAMES: Record<BalanceSide, string> = { income: '收入', expenditure: '支出' };

export function parseBalanceTable(
  ctx: ImportContext,
  src: TableSource,
  t: BalanceTableTemplate,
  fallbackUnit: MoneyUnit = '万元',
): BalanceTable {
  const scope = tableScope(ctx, src, fallbackUnit);
  const words = headerWords([...t.incomeColumns, ...t.expenditureColumns], t.captions);
  const income: BalanceEntry[] = [];
  const expenditure: BalanceEntry[] = [];
  const last: Record<BalanceSide, number> = { income: -1, expenditure: -1 };
  let lost = false;
  for (const page of src.pages) {
    for (const line of page.rows) {
      // An item whose name is also a column's label (一般公共预算财政拨款) is a row, not the header.
      if (isHeaderRow(line, words) && !namesItem(t, line)) continue;
      const read = readBalanceRow(scope, t, line, last);
      if (read.income) income.push(read.income);
      if (read.expenditure) expenditure.push(read.expenditure);
      lost ||= read.lost;
    }
    reportLoose(scope, page);
  }
  // Figures that could not be placed may be non-zero: the table is then not known to be empty.
  const empty = !lost && [...income, ...expenditure].every((e) => allZero(e.amounts));
  return {
    ...tableBase(src, empty),
    shape: 'balance',
    columns: {
      income: t.incomeColumns.map((c) => ({ key: c.key, label: c.label })),
      expenditure: t.expenditureColumns.map((c) => ({ key: c.key, label: c.label })),
    },
    income,
    expenditure,
  };
}

interface BalanceRow {
  income: BalanceEntry | null;
  expenditure: BalanceEntry | null;
  /** True when figures of the row were reported and not read. */
  lost: boolean;
}

type SideRead = { entry: BalanceEntry | null; lost: boolean };

const itemsByKey = new WeakMap<readonly BalanceItemTemplate[], Map<string, number[]>>();

/** The template items (their indexes) by the label keys of their labels, built once per template. */
function itemIndex(items: readonly BalanceItemTemplate[]): Map<string, number[]> {
  let index = itemsByKey.get(items);
  if (!index) {
    index = new Map();
    items.forEach((item, i) => {
      for (const l of item.labels) {
        const key = labelKey(l);
        const list = index?.get(key);
        if (!list) index?.set(key, [i]);
        else if (!list.includes(i)) list.push(i);
      }
    });
    itemsByKey.set(items, index);
  }
  return index;
}

/**
 * The template item a printed label means, matched without numbering and white space. A label the
 * template lists twice (the final accounts print 一般公共预算财政拨款 under 本年收入 and again under
 * 年初结转和结余) means the first item after the last one matched on that side.
 */
function matchItem(
  items: readonly BalanceItemTemplate[],
  label: string,
  after = -1,
): { item: BalanceItemTemplate; index: number } | null {
  const found = itemIndex(items).get(labelKey(label));
  if (!found || found.length === 0) return null;
  const index = found.find((i) => i > after) ?? found[0] ?? 0;
  const item = items[index];
  return item ? { item, index } : null;
}

/** True when the line's income or expenditure label (first cell, or the cell after the income figures) names an item. */
function namesItem(t: BalanceTableTemplate, line: SourceLine): boolean {
  return [line.cells[0], line.cells[t.incomeColumns.length + 1]].some(
    (c) => c !== undefined && c.text !== '' && sideOf(t, c.text) !== null,
  );
}

/** The side a label belongs to; null when unknown or when both sides have it (总计). */
function sideOf(t: BalanceTableTemplate, text: string): BalanceSide | null {
  const { label } = splitNumbering(text);
  const income = matchItem(t.incomeItems, label) !== null;
  const expenditure = matchItem(t.expenditureItems, label) !== null;
  if (income && expenditure) return null;
  return income ? 'income' : expenditure ? 'expenditure' : null;
}

/**
 * Reads one row. Unshifted, the income label is cell 0, its amounts follow, and the expenditure label
 * comes right after them. The shift is found from the first label: a known item says its side; an
 * unknown one is placed by its position.
 */
function readBalanceRow(
  scope: TableScope,
  t: BalanceTableTemplate,
  line: SourceLine,
  last: Record<BalanceSide, number>,
): BalanceRow {
  const cells = line.cells;
  const labels = cells.flatMap((c, i) => (isLabelText(c.text) ? [i] : []));
  const first = labels[0];
  const firstCell = first === undefined ? undefined : cells[first];
  if (first === undefined || !firstCell) {
    warn(
      scope,
      'row-unreadable',
      line.no,
      `${scope.table}第${line.no}行没有收入或支出项目名称，无法判断金额属于哪一项，未读入：${quote(line.text, 80)}`,
    );
    return { income: null, expenditure: null, lost: true };
  }
  const m = t.incomeColumns.length;
  const expAt = m + 1;
  const side = sideOf(t, firstCell.text);
  const second = labels[1];
  const shift =
    side === 'income'
      ? first
      : side === 'expenditure'
        ? first - expAt
        : second !== undefined && second - first === expAt
          ? first
          : first >= expAt
            ? first - expAt
            : first;
  if (shift !== 0) {
    inform(
      scope,
      'row-realigned',
      line.no,
      `${scope.table}第${line.no}行整体错位${Math.abs(shift)}列（${shift > 0 ? '多出' : '缺少'}前导空白单元格），已按项目名称位置对齐`,
    );
  }
  const cellAt = (i: number): Cell | undefined => (i >= 0 ? cells[i] : undefined);
  const stray = cells.slice(0, Math.max(0, shift)).filter((c) => !isBlank(c));
  for (const c of stray) {
    warn(
      scope,
      'cell-unreadable',
      line.no,
      `${scope.table}第${line.no}行第${c.column}列“${quote(c.text)}”在收入项目之前，无法对应到列；已忽略`,
      c.column,
    );
  }
  const incomeCells = cells.slice(Math.max(0, shift + 1), Math.max(0, shift + 1 + m));
  const income = readSide(scope, t, line, 'income', cellAt(shift), incomeCells, t.incomeColumns, last);
  const expenditure = readSide(
    scope,
    t,
    line,
    'expenditure',
    cellAt(shift + expAt),
    cells.slice(Math.max(0, shift + expAt + 1)),
    t.expenditureColumns,
    last,
  );
  return {
    income: income.entry,
    expenditure: expenditure.entry,
    lost: income.lost || expenditure.lost || stray.length > 0,
  };
}

function readSide(
  scope: TableScope,
  t: BalanceTableTemplate,
  line: SourceLine,
  side: BalanceSide,
  labelCell: Cell | undefined,
  region: readonly Cell[],
  columns: readonly ColumnTemplate[],
  last: Record<BalanceSide, number>,
): SideRead {
  const sideName = SIDE_NAMES[side];
  if (!labelCell || !isLabelText(labelCell.text)) {
    const figures = region.filter((x) => !isBlank(x));
    if (labelCell && !isBlank(labelCell)) {
      warn(
        scope,
        'cell-unreadable',
        line.no,
        `${scope.table}第${line.no}行第${labelCell.column}列“${quote(labelCell.text)}”应为${sideName}项目名称；该侧未读入`,
        labelCell.column,
      );
    } else {
      for (const c of figures) {
        warn(
          scope,
          'cell-unreadable',
          line.no,
          `${scope.table}第${line.no}行第${c.column}列“${quote(c.text)}”没有对应的${sideName}项目名称，无法归入任何项目；已忽略`,
          c.column,
        );
      }
      return { entry: null, lost: figures.length > 0 };
    }
    return { entry: null, lost: true };
  }
  const aligned = alignAmounts(region, columns.length, sumSpec(columns));
  if (aligned.kind === 'unresolved') {
    warn(
      scope,
      'row-unreadable',
      line.no,
      `${scope.table}第${line.no}行${sideName}项目“${quote(labelCell.text)}”后的金额单元格多于表头的${columns.length}列，无法对应到列，未读入：${quote(line.text, 80)}`,
      labelCell.column,
    );
    return { entry: null, lost: true };
  }
  if (aligned.kind === 'realigned') {
    inform(
      scope,
      'row-realigned',
      line.no,
      `${scope.table}第${line.no}行${sideName}项目“${quote(labelCell.text)}”的金额单元格错位，已按“合计=各列之和”重新对齐`,
    );
  }
  const { numbering, label } = splitNumbering(labelCell.text);
  // "二、…" in a blank template: a numbering without an item is nothing.
  if (isPlaceholder(label)) return { entry: null, lost: region.some((c) => !isBlank(c)) };
  const items = side === 'income' ? t.incomeItems : t.expenditureItems;
  const matched = matchItem(items, label, last[side]);
  if (matched) last[side] = matched.index;
  const item = matched?.item;
  if (!item) {
    inform(
      scope,
      'unplaced-line',
      line.no,
      `${scope.table}第${line.no}行的${sideName}项目“${quote(label)}”不在模板的${sideName}项目中，按原样保留（无对应项目键）`,
    );
  }
  const amounts: Record<string, Amount | null> = {};
  columns.forEach((col, i) => {
    amounts[col.key] = readAmount(scope, line, aligned.cells[i], col.label);
  });
  const entry: BalanceEntry = {
    source: at(line.no, labelCell.column),
    label,
    key: item?.key ?? null,
    role: item?.role ?? inferRole(numbering, label),
    amounts,
  };
  return { entry, lost: false };
}

/** The role of an item the template does not know, from its numbering and wording. */
function inferRole(numbering: string | null, label: string): BalanceEntry['role'] {
  if (/总计$/.test(label)) return 'total';
  if (/合计$/.test(label)) return 'subtotal';
  if (numbering && /^[（(]?\d/.test(numbering)) return 'subitem';
  return 'item';
}
