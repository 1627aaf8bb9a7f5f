// The indicator list of a form (项目年度绩效指标 / 部门整体支出年度绩效指标): 一级, 二级, 三级 and 指标值,
// blank 一级/二级 cells inheriting from the rows above. The header row repeats inside the list (a page
// break) and the conversion moves cells, so each row is read at the header's columns when it fits them
// and by content otherwise; a missing level-1 cell is inferred from the level-2 name and reported.
// These forms have no weight, scoring, unit or type columns: those fields are null.

import type { Indicator } from '../../core/model/targets.js';
import { isPlaceholder, labelKey } from '../../core/text.js';
import { LEVEL1_OF_LEVEL2, LEVEL2_BY_LEVEL1 } from '../../core/vocabulary.js';
import type { Level1Indicator, Level2Indicator } from '../../core/vocabulary.js';
import type { ImportContext } from '../context.js';
import { comparatorOfValue, level1Of, level2Of } from './indicator-words.js';
import type { RowItem } from './row-items.js';

interface IndicatorColumns {
  level1: number;
  level2: number;
  name: number;
  value: number;
}

interface Levels {
  level1: Level1Indicator | null;
  level1Text: string | null;
  level2: Level2Indicator | null;
  level2Text: string | null;
}

/** The cells of one row, by role. */
interface RowCells {
  level1?: RowItem;
  level2?: RowItem;
  name?: RowItem;
  value?: RowItem;
  extra: RowItem[];
  /** True when the cells were not where the header puts them and were read by content. */
  shifted: boolean;
}

const NO_LEVELS: Levels = { level1: null, level1Text: null, level2: null, level2Text: null };

export class IndicatorList {
  readonly indicators: Indicator[] = [];
  private cols: IndicatorColumns | null = null;
  private headers = 0;
  private prev: Levels = NO_LEVELS;
  /** After a repeated header and until a level-1 cell is printed, the rows' level-1 cells are missing. */
  private level1Missing = false;

  constructor(private readonly ctx: ImportContext) {}

  /** True once the list's header row has been read. */
  get started(): boolean {
    return this.cols !== null;
  }

  header(items: readonly RowItem[]): void {
    const find = (key: string) => items.find((i) => i.key === key)?.column;
    const level2 = find('二级指标') ?? 2;
    const level1 = find('一级指标') ?? level2 - 1;
    const name = find('三级指标') ?? level2 + 1;
    const value = find('指标值') ?? name + 1;
    this.cols = { level1, level2, name, value };
    this.headers += 1;
    if (this.headers > 1) this.level1Missing = true;
  }

  row(line: number, items: readonly RowItem[]): void {
    const cols = this.cols;
    const first = items[0];
    if (!cols || !first) return;
    const cells = this.cells(items, cols);
    const notes: string[] = [];
    if (cells.shifted) notes.push('单元格不在表头所示位置，已按内容读取');
    const levels = this.levels(line, cells, notes);
    if (notes.length > 0)
      this.ctx.report('row-realigned', 'info', `第${line}行绩效指标：${notes.join('；')}`, line, {
        column: first.column,
      });
    for (const item of cells.extra)
      this.ctx.report(
        'unplaced-line',
        'warning',
        `第${line}行第${item.column}栏“${item.text}”多于指标行的栏目（一级、二级、三级指标、指标值），未读取`,
        line,
        { column: item.column },
      );
    this.prev = levels;
    const name = cells.name?.text ?? null;
    const value = cells.value?.text ?? null;
    this.indicators.push({
      source: { line, column: (cells.name ?? first).column },
      ...levels,
      name,
      value,
      content: null,
      scoring: null,
      unit: null,
      valueType: null,
      comparator: comparatorOfValue(value),
      weight: null,
      weightText: null,
      placeholder: isPlaceholder(name) && isPlaceholder(value),
    });
  }

  /** Assigns the row's cells to roles: by the header's columns when they fit, else in order by content. */
  private cells(items: readonly RowItem[], cols: IndicatorColumns): RowCells {
    const byColumn = (c: number) => items.find((i) => i.column === c);
    const known = [cols.level1, cols.level2, cols.name, cols.value];
    const l1 = byColumn(cols.level1);
    const l2 = byColumn(cols.level2);
    const fits =
      items.every((i) => known.includes(i.column)) &&
      (!l2 || level2Of(l2.key) !== null) &&
      // A level-2 name alone in the level-1 column is a row moved left, not a level-1 cell.
      (!l1 || level1Of(l1.key) !== null || (l2 !== undefined && level2Of(l1.key) !== null));
    if (fits) {
      const cells: RowCells = { extra: [], shifted: false };
      if (l1) cells.level1 = l1;
      if (l2) cells.level2 = l2;
      const name = byColumn(cols.name);
      const value = byColumn(cols.value);
      if (name) cells.name = name;
      if (value) cells.value = value;
      return cells;
    }
    const cells: RowCells = { extra: [], shifted: true };
    let i = 0;
    const at = (k: number) => items[k];
    const a = at(i);
    const next = at(i + 1);
    // "成本指标" is a level-1 name and, in these forms, a level-2 one under 产出指标: it is level 1 only
    // when a level-2 name follows it.
    if (a && level1Of(a.key) !== null && (a.key !== '成本指标' || (next && level2Of(next.key) !== null))) {
      cells.level1 = a;
      i += 1;
    }
    const b = at(i);
    if (b && level2Of(b.key) !== null) {
      cells.level2 = b;
      i += 1;
    }
    const name = at(i);
    const value = at(i + 1);
    if (name) cells.name = name;
    if (value) cells.value = value;
    cells.extra = items.slice(i + 2);
    return cells;
  }

  /** The row's levels: printed, inherited from the row above, or inferred from the level-2 name. */
  private levels(line: number, cells: RowCells, notes: string[]): Levels {
    const level2 = cells.level2 ? level2Of(cells.level2.key) : this.prev.level2;
    const level2Text = cells.level2 ? cells.level2.text : this.prev.level2Text;
    const inferred = level2 ? LEVEL1_OF_LEVEL2[level2] : null;
    if (cells.level1) {
      this.level1Missing = false;
      const printed = level1Of(cells.level1.key);
      if (printed) return { level1: printed, level1Text: cells.level1.text, level2, level2Text };
      this.ctx.report(
        'cell-unreadable',
        'warning',
        `第${line}行一级指标栏为“${cells.level1.text}”，不是一级指标（应为产出指标、效益指标、满意度指标或成本指标）` +
          (inferred ? `，按二级指标“${level2Text ?? ''}”推定为${inferred}` : ''),
        line,
        { column: cells.level1.column },
      );
      return { level1: inferred, level1Text: cells.level1.text, level2, level2Text };
    }
    const inherited = this.prev;
    const belongs =
      inherited.level1 !== null &&
      level2 !== null &&
      (LEVEL2_BY_LEVEL1[inherited.level1].includes(level2) ||
        // The department form's 效益指标 says it includes 服务对象满意度: as printed, it belongs.
        labelKey(inherited.level1Text ?? '').includes(labelKey(level2Text ?? '')));
    const missing = cells.shifted || this.level1Missing || !belongs;
    if (missing && inferred) {
      notes.push(`一级指标栏缺失，按二级指标“${level2Text ?? ''}”推定为${inferred}`);
      // A blank cell means "same as above": where the inferred level agrees with the row above, the
      // row above's text is this row's text too (so the text form, which prints blanks, reads back).
      const text = inferred === inherited.level1 ? inherited.level1Text : null;
      return { level1: inferred, level1Text: text, level2, level2Text };
    }
    return { level1: inherited.level1, level1Text: inherited.level1Text, level2, level2Text };
  }
}
