// Reading one data row of an amount table (tables 2, 3, 5–8) into an AmountRow. The row is anchored
// on its name cell (the first cell of Chinese text), so rows that lost or gained leading cells are
// read alike: codes are the cells before the name, amounts the cells after it.
// Functional rows: 类 | 款 | 项 | 功能科目 | amounts; a 款 row that leaves 类 blank inherits it.
// Economic rows: 经济科目编码 | 名称 | amounts. Unit rows (三公): 部门名称 | amounts.

import type { Amount } from '../../core/model/common.js';
import type { AmountRow, AmountRowKind } from '../../core/model/tables.js';
import { at } from '../../core/source.js';
import type { AmountTableTemplate } from '../../core/templates/template.js';
import { labelKey } from '../../core/text.js';
import { quote } from '../context.js';
import type { Cell, SourceLine } from '../lines.js';
import { alignAmounts, sumSpec } from './amount-align.js';
import type { TableScope } from './amount-cell.js';
import { inform, isBlank, isLabelText, readAmount, warn } from './amount-cell.js';

/**
 * What reading a line gives: a row, or why there is none — 'marker' for the zero row of an empty
 * table, 'unreadable' for a row reported as row-unreadable (its figures are in the diagnostic).
 */
export type RowRead = AmountRow | 'marker' | 'unreadable';
export type RowReader = (line: SourceLine) => RowRead;

const TOTAL_NAMES = new Set(['合计', '总计']);

/** Where the name cell stands in an unshifted row, per classification. */
const NAME_INDEX = { functional: 3, economic: 1, unit: 0, total: 0 } as const;

/**
 * Captions of the code columns (类, 款, 项). Some layouts print the 合计 row on the header row that
 * carries them ("类 | 款 | 项 | 合计 | 2,946.25 | …"): there they are blanks of the data row.
 */
const CODE_CAPTIONS = new Set(['类', '款', '项']);

function withoutCodeCaptions(line: SourceLine): SourceLine {
  if (!line.cells.some((c) => CODE_CAPTIONS.has(c.text))) return line;
  return { ...line, cells: line.cells.map((c) => (CODE_CAPTIONS.has(c.text) ? { ...c, text: '' } : c)) };
}

/** A reader for the table's data rows; functional readers keep the last 类/款 for inheritance. */
export function rowReader(scope: TableScope, t: AmountTableTemplate): RowReader {
  const amounts = amountReader(scope, t);
  if (t.classification === 'total') return totalsRowReader(scope, amounts);
  const expected = NAME_INDEX[t.classification];
  const inherited = { cls: null as string | null, sec: null as string | null };
  const totalNames = new Set([...TOTAL_NAMES, ...(t.totalRows ?? []).map((r) => labelKey(r.name))]);
  return (printed) => {
    const line = withoutCodeCaptions(printed);
    const ni = line.cells.findIndex((c) => isLabelText(c.text));
    const nameCell = line.cells[ni];
    if (ni < 0 || !nameCell) return unlabelled(scope, line);
    // Economic codes are printed in one column (30101) or two (301 | 01): the name stands second or third.
    const codesSplit =
      t.classification === 'economic' &&
      ni === expected + 1 &&
      /^\d{3}$/.test(line.cells[0]?.text ?? '') &&
      (isBlank(line.cells[1]) || /^\d{2}$/.test(line.cells[1]?.text ?? ''));
    // A total's label merged over the code columns stands in the first: the cells up to the name's are blank.
    const mergedTotal =
      ni < expected &&
      totalNames.has(labelKey(nameCell.text)) &&
      line.cells.slice(ni + 1, expected + 1).every((c) => isBlank(c));
    // Functional codes printed whole in one column (2050205 | 高等教育), as the national templates do.
    const codeWhole =
      t.classification === 'functional' &&
      ni === 1 &&
      /^\d{3}(?:\d{2}){0,2}$/.test(line.cells[0]?.text ?? '');
    if (ni !== expected && !codesSplit && !mergedTotal && !codeWhole) {
      inform(
        scope,
        'row-realigned',
        line.no,
        `${scope.table}第${line.no}行的名称“${quote(nameCell.text)}”在第${ni + 1}列，表头中应在第${expected + 1}列：整行错位，已按名称所在位置对齐`,
      );
    }
    const head =
      t.classification === 'functional'
        ? functionalHead(scope, line, ni, inherited, totalNames)
        : t.classification === 'economic'
          ? economicHead(scope, line, ni, totalNames)
          : unitHead(scope, line, ni);
    if (!head) return 'unreadable';
    const values = amounts(line, totalRegion(line.cells.slice(ni + 1), mergedTotal, t.columns.length));
    if (!values) return 'unreadable';
    return {
      source: at(line.no, nameCell.column),
      kind: head.kind,
      code: head.code,
      name: nameCell.text,
      amounts: values,
    };
  };
}

/**
 * The cells after a total's label merged over the code columns: the blanks that stand under the merge
 * are dropped when the row has more cells than the table has columns.
 */
function totalRegion(after: readonly Cell[], merged: boolean, width: number): readonly Cell[] {
  if (!merged || after.length <= width) return after;
  let drop = after.length - width;
  let k = 0;
  while (drop > 0 && k < after.length && isBlank(after[k])) {
    k++;
    drop--;
  }
  return after.slice(k);
}

interface RowHead {
  kind: AmountRowKind;
  code: string | null;
}

/** Reads the amount cells after the name into the template's columns, realigning shifted cells. */
function amountReader(scope: TableScope, t: AmountTableTemplate) {
  const spec = sumSpec(t.columns);
  return (line: SourceLine, region: readonly Cell[]): Record<string, Amount | null> | null => {
    const aligned = alignAmounts(region, t.columns.length, spec);
    if (aligned.kind === 'unresolved') {
      const figures = region.filter((c) => !isBlank(c)).length;
      warn(
        scope,
        'row-unreadable',
        line.no,
        aligned.reason === 'too-many'
          ? `${scope.table}第${line.no}行名称后有${figures}个非空单元格，多于表头的${t.columns.length}列，无法对应到列，该行未读入：${quote(line.text, 80)}`
          : `${scope.table}第${line.no}行的金额单元格错位，按“总计=各列之和”有多种对齐方式，无法确定，该行未读入：${quote(line.text, 80)}`,
      );
      return null;
    }
    if (aligned.kind === 'realigned') {
      inform(
        scope,
        'row-realigned',
        line.no,
        `${scope.table}第${line.no}行的金额单元格错位（第${aligned.dropped
          .map((i) => region[i]?.column ?? '?')
          .join('、')}列为多出的空白单元格），已按“总计=各列之和”重新对齐`,
      );
    }
    const record: Record<string, Amount | null> = {};
    t.columns.forEach((col, i) => {
      record[col.key] = readAmount(scope, line, aligned.cells[i], col.label);
    });
    return record;
  };
}

/** A row without a name: the "⇥⇥⇥⇥0⇥0⇥0" marker of an empty table, or a row that cannot be placed. */
function unlabelled(scope: TableScope, line: SourceLine): 'marker' | 'unreadable' {
  const filled = line.cells.filter((c) => !isBlank(c));
  if (filled.length > 0 && filled.every((c) => /^0+(?:\.0+)?$/.test(c.text))) {
    inform(
      scope,
      'unplaced-line',
      line.no,
      `${scope.table}第${line.no}行没有名称、金额全为0，是空表的占位行，未作为数据行读入`,
    );
    return 'marker';
  }
  warn(
    scope,
    'row-unreadable',
    line.no,
    `${scope.table}第${line.no}行没有科目或单位名称，无法判断是哪一行，未读入：${quote(line.text, 80)}`,
  );
  return 'unreadable';
}

function reportStray(scope: TableScope, line: SourceLine, cells: readonly Cell[], expected: string): void {
  for (const c of cells) {
    warn(
      scope,
      'cell-unreadable',
      line.no,
      `${scope.table}第${line.no}行第${c.column}列“${quote(c.text)}”无法对应到列，应为${expected}；已忽略`,
      c.column,
    );
  }
}

/**
 * The row of a table that prints one row of figures, its totals (Shanghai's 三公 table): the figures
 * of any row without a name, or after the name (合计) where one is printed.
 */
function totalsRowReader(
  scope: TableScope,
  amounts: (line: SourceLine, region: readonly Cell[]) => Record<string, Amount | null> | null,
): RowReader {
  return (line) => {
    const ni = line.cells.findIndex((c) => isLabelText(c.text));
    const name = ni >= 0 ? (line.cells[ni]?.text ?? '合计') : '合计';
    const region = line.cells.slice(ni + 1);
    const first = region.find((c) => !isBlank(c)) ?? line.cells[0];
    if (ni >= 0 && !TOTAL_NAMES.has(labelKey(name))) {
      warn(
        scope,
        'row-unreadable',
        line.no,
        `${scope.table}第${line.no}行“${quote(name)}”不是合计行，本表只有一行合计数，未读入：${quote(line.text, 80)}`,
      );
      return 'unreadable';
    }
    const values = amounts(line, region);
    if (!values) return 'unreadable';
    return { source: at(line.no, first?.column ?? 1), kind: 'total', code: null, name, amounts: values };
  };
}

function totalOrUnreadable(
  scope: TableScope,
  line: SourceLine,
  name: string,
  what: string,
  totalNames: ReadonlySet<string> = TOTAL_NAMES,
): RowHead | null {
  if (totalNames.has(labelKey(name))) return { kind: 'total', code: null };
  warn(
    scope,
    'row-unreadable',
    line.no,
    `${scope.table}第${line.no}行“${quote(name)}”没有${what}，也不是合计行，未读入：${quote(line.text, 80)}`,
  );
  return null;
}

const FULL_CODE = /^\d{3}(?:\d{2}){0,2}$/;
const TWO = /^\d{2}$/;
const CLASS = /^\d{3}$/;

interface FunctionalParts {
  cls: string | null;
  sec: string | null;
  item: string | null;
  firstColumn: number;
}

/** 类/款/项 of a functional row: by position before the name, else by pattern (3 digits, 2 digits). */
function functionalHead(
  scope: TableScope,
  line: SourceLine,
  ni: number,
  inherited: { cls: string | null; sec: string | null },
  totalNames: ReadonlySet<string>,
): RowHead | null {
  const name = line.cells[ni]?.text ?? '';
  const parts = functionalParts(scope, line, ni);
  if (!parts.cls && !parts.sec && !parts.item)
    return totalOrUnreadable(scope, line, name, '科目编码', totalNames);
  if (parts.cls) {
    inherited.cls = parts.cls;
    inherited.sec = null;
  }
  if (parts.sec) inherited.sec = parts.sec;
  const cls = parts.cls ?? inherited.cls;
  const sec = parts.sec ?? inherited.sec;
  const { kind, code } = parts.item
    ? { kind: 'item' as const, code: cls && sec ? cls + sec + parts.item : null }
    : parts.sec
      ? { kind: 'section' as const, code: cls ? cls + parts.sec : null }
      : { kind: 'class' as const, code: cls };
  if (code === null) {
    warn(
      scope,
      'cell-unreadable',
      line.no,
      `${scope.table}第${line.no}行“${quote(name)}”的科目编码不全（类或款空白，且前面没有可继承的类/款行），编码记为空`,
      parts.firstColumn,
    );
  }
  return { kind, code };
}

function functionalParts(scope: TableScope, line: SourceLine, ni: number): FunctionalParts {
  const text = (c: Cell | undefined) => (c && !isBlank(c) ? c.text : '');
  const before = line.cells.slice(0, ni);
  const filled = before.filter((c) => !isBlank(c));
  const firstColumn = filled[0]?.column ?? line.cells[ni]?.column ?? 1;
  const [c1, c2, c3] = [3, 2, 1].map((k) => (ni - k >= 0 ? line.cells[ni - k] : undefined));
  const stray = before.slice(0, Math.max(0, ni - 3)).filter((c) => !isBlank(c));
  const t1 = text(c1);
  const t2 = text(c2);
  const t3 = text(c3);
  const whole = FULL_CODE.test(t1) && t1.length > 3 && t2 === '' && t3 === '';
  if (whole && stray.length === 0) {
    // The whole code printed in the 类 column (2010301).
    return {
      cls: t1.slice(0, 3),
      sec: t1.slice(3, 5),
      item: t1.length === 7 ? t1.slice(5) : null,
      firstColumn,
    };
  }
  if (
    stray.length === 0 &&
    (t1 === '' || CLASS.test(t1)) &&
    (t2 === '' || TWO.test(t2)) &&
    (t3 === '' || TWO.test(t3))
  ) {
    return { cls: t1 || null, sec: t2 || null, item: t3 || null, firstColumn };
  }
  // The whole code (2050205) in a column of its own, wherever it stands.
  const whole1 = filled.length === 1 ? filled[0] : undefined;
  if (whole1 && FULL_CODE.test(whole1.text) && whole1.text.length > 3) {
    const code = whole1.text;
    return {
      cls: code.slice(0, 3),
      sec: code.slice(3, 5),
      item: code.length === 7 ? code.slice(5) : null,
      firstColumn,
    };
  }
  // The code cells are not where the header puts them: read them by pattern, in order.
  const cls = filled.find((c) => CLASS.test(c.text));
  const twos = filled.filter((c) => TWO.test(c.text));
  const [secCell, itemCell, ...moreTwos] = twos;
  const others = filled.filter((c) => c !== cls && !twos.includes(c));
  reportStray(scope, line, [...others, ...moreTwos], '类（3位）、款或项（2位）科目编码');
  return { cls: cls?.text ?? null, sec: secCell?.text ?? null, item: itemCell?.text ?? null, firstColumn };
}

/** 经济科目编码 of an economic row: the cell before the name (3 digits = 类, 5 digits = 款). */
function economicHead(
  scope: TableScope,
  line: SourceLine,
  ni: number,
  totalNames: ReadonlySet<string>,
): RowHead | null {
  const name = line.cells[ni]?.text ?? '';
  const filled = line.cells.slice(0, ni).filter((c) => !isBlank(c));
  const codeCell = filled.find((c) => /^\d{3}(?:\d{2})?$/.test(c.text));
  // 类 and 款 may be printed in two columns (301 | 01): the 款 cell follows the 类 cell.
  const next = codeCell ? filled[filled.indexOf(codeCell) + 1] : undefined;
  const kuan = codeCell?.text.length === 3 && next && /^\d{2}$/.test(next.text) ? next : undefined;
  reportStray(
    scope,
    line,
    filled.filter((c) => c !== codeCell && c !== kuan),
    '经济科目编码（3位或5位）',
  );
  if (!codeCell) return totalOrUnreadable(scope, line, name, '经济科目编码', totalNames);
  if (kuan) return { kind: 'item', code: codeCell.text + kuan.text };
  return { kind: codeCell.text.length === 3 ? 'class' : 'item', code: codeCell.text };
}

/** A per-unit row (三公): the name is the unit's, or 合计. */
function unitHead(scope: TableScope, line: SourceLine, ni: number): RowHead {
  const name = line.cells[ni]?.text ?? '';
  reportStray(
    scope,
    line,
    line.cells.slice(0, ni).filter((c) => !isBlank(c)),
    '部门或单位名称',
  );
  return TOTAL_NAMES.has(labelKey(name)) ? { kind: 'total', code: null } : { kind: 'unit', code: null };
}
