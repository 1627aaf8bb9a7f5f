// Groups the aligned rows of a target table into targets (projects or units). A row that fills the
// head columns starts a target, unless it repeats the current target's first row at the top of a
// continuation page, in which case it is merged (one target, one span per page). Rows that fill only
// indicator columns belong to the current target. Repairs and losses are reported on the way:
// realigned rows, repeated rows, rows cut off at the right, targets with level-1 groups missing.

import type { LineRange } from '../../core/model/common.js';
import type { Indicator } from '../../core/model/targets.js';
import { compact } from '../../core/text.js';
import type { ImportContext } from '../context.js';
import { quote } from '../context.js';
import type { Cell } from '../lines.js';
import type { RowAlignment } from './align-row.js';
import { IndicatorSequence, hasIndicatorCells } from './indicator-sequence.js';
import { readLevel1, readLevel2 } from './vocabulary-reading.js';
import type { TargetLayout } from './layouts.js';
import { columnLabel } from './layouts.js';

export interface TargetDraft {
  /** The target's first row. */
  head: RowAlignment;
  /** Head cells by key, the first non-empty one printed for each key. */
  cells: Partial<Record<string, Cell>>;
  /** Lines of the head cells. */
  cellLines: Partial<Record<string, number>>;
  /** Unit code in force for this target (its own or inherited). */
  code: string | null;
  sequence: IndicatorSequence;
  spans: LineRange[];
  /** Page index of the last span. */
  page: number;
}

const MAX_MOVED_IN_MESSAGE = 3;

export class TargetCollector {
  readonly drafts: TargetDraft[] = [];
  private current: TargetDraft | null = null;

  constructor(
    private readonly ctx: ImportContext,
    private readonly layout: TargetLayout,
    /** The kind of target, for messages: 项目, 单位. */
    private readonly noun: string,
  ) {}

  /** Reports the realignment of a row, if its cells moved or some were left out. */
  reportAlignment(a: RowAlignment): void {
    if (a.moved.length === 0 && a.dropped.length === 0) return;
    const parts = a.moved
      .slice(0, MAX_MOVED_IN_MESSAGE)
      .map(
        (m) =>
          `“${quote(m.cell.text, 12)}”第${m.cell.column}列→第${m.column}列（${columnLabel(this.layout, m.key)}）`,
      );
    const more = a.moved.length > MAX_MOVED_IN_MESSAGE ? `等共${a.moved.length}个单元格` : '';
    const dropped = a.dropped.map((c) => `“${quote(c.text, 12)}”（第${c.column}列）`).join('、');
    const message =
      `${this.layout.table}第${a.line.no}行单元格错位，已按表头列重新对齐` +
      (parts.length > 0 ? `：${parts.join('、')}${more}` : '') +
      (dropped ? `；多余的单元格${dropped}无对应列，未采用` : '');
    this.ctx.report('row-realigned', 'info', message, a.line.no, { table: this.layout.table });
  }

  /**
   * Adds a row. `page` is the index of the printed page the row is on; `code` the unit code in force.
   * Returns the target the row went to, or null when it belongs to none.
   */
  add(a: RowAlignment, page: number, code: string | null): TargetDraft | null {
    if (a.usesHead) {
      const cur = this.current;
      const repeat = cur ? this.repeats(cur, a, code, page) : null;
      if (cur && repeat) {
        this.ctx.report(
          'row-repeated',
          'info',
          `${this.layout.table}第${a.line.no}行重复了${this.noun}“${this.nameOf(cur)}”的首行（首次见第${cur.head.line.no}行），已合并为同一${this.noun}`,
          a.line.no,
          { table: this.layout.table },
        );
        if (repeat === 'renamed') {
          const now = a.fields['targetName'];
          this.ctx.report(
            'cell-unreadable',
            'warning',
            `${this.layout.table}第${a.line.no}行重复的首行中${columnLabel(this.layout, 'targetName')}为“${quote(now?.text ?? '', 30)}”，` +
              `与首次（第${cur.cellLines['targetName'] ?? cur.head.line.no}行）的“${this.nameOf(cur)}”不同；` +
              `编码、${columnLabel(this.layout, this.layout.amountKey)}与首次相同且指标接续上页，判定为续页，以首次为准`,
            a.line.no,
            { table: this.layout.table, ...(now ? { column: now.column } : {}) },
          );
        }
        if (repeat === 'conflict') {
          const key = this.layout.amountKey;
          const now = a.fields[key];
          this.ctx.report(
            'cell-unreadable',
            'warning',
            `${this.layout.table}第${a.line.no}行重复的首行中${columnLabel(this.layout, key)}为“${now?.text ?? ''}”，` +
              `与首次（第${cur.cellLines[key] ?? cur.head.line.no}行）的“${cur.cells[key]?.text ?? ''}”不一致，以首次为准`,
            a.line.no,
            { table: this.layout.table, ...(now ? { column: now.column } : {}) },
          );
        }
        this.fillHead(cur, a);
        cur.spans.push({ first: a.line.no, last: a.line.no });
        cur.page = page;
      } else {
        this.finish();
        this.current = this.start(a, page, code);
      }
    }
    const target = this.current;
    if (!target) {
      this.ctx.report(
        'row-unreadable',
        'warning',
        `${this.layout.table}第${a.line.no}行是指标行，但之前没有${this.noun}首行（应有${this.noun}名称和资金总额），无法归属：${quote(a.line.text)}`,
        a.line.no,
        { table: this.layout.table },
      );
      return null;
    }
    if (target.page !== page) {
      target.spans.push({ first: a.line.no, last: a.line.no });
      target.page = page;
    }
    const span = target.spans[target.spans.length - 1];
    if (span) span.last = a.line.no;
    if (hasIndicatorCells(a)) {
      const ind = target.sequence.add(a);
      this.checkCut(a, ind);
    } else if (a.usesHead) {
      this.checkCut(a, null);
    }
    return target;
  }

  /** Ends the last target and runs the whole-target checks. */
  finish(): void {
    const cur = this.current;
    if (cur && !this.drafts.includes(cur)) {
      this.drafts.push(cur);
      this.checkGroups(cur);
    }
    this.current = null;
  }

  private start(a: RowAlignment, page: number, code: string | null): TargetDraft {
    const draft: TargetDraft = {
      head: a,
      cells: {},
      cellLines: {},
      code,
      sequence: new IndicatorSequence(),
      spans: [{ first: a.line.no, last: a.line.no }],
      page,
    };
    this.fillHead(draft, a);
    return draft;
  }

  /** Keeps the first printed cell of every head column (later pages may add a missing one). */
  private fillHead(d: TargetDraft, a: RowAlignment): void {
    for (const col of this.layout.columns) {
      if (col.part !== 'head') continue;
      const cell = a.fields[col.key];
      if (cell && cell.text !== '' && !d.cells[col.key]) {
        d.cells[col.key] = cell;
        d.cellLines[col.key] = a.line.no;
      }
    }
  }

  /**
   * Whether a head row repeats the current target's first row: same name and unit, and the same
   * amount — or, at the top of a new page, a different amount, which is a conflict to report (the
   * repeated row is a copy, so its figures must agree with the first printing).
   */
  private repeats(
    cur: TargetDraft,
    a: RowAlignment,
    code: string | null,
    page: number,
  ): 'same' | 'conflict' | 'renamed' | null {
    const name = a.fields['targetName']?.text;
    const amount = a.fields[this.layout.amountKey]?.text;
    const same = (x: string | undefined, y: string | undefined) =>
      x !== undefined && y !== undefined && compact(x) === compact(y);
    if (!same(name, cur.cells['targetName']?.text)) {
      // A former or shortened name on a continuation page: the same code and amount at the top of
      // the next page, with indicators that go on from the first printing's instead of starting over.
      const renamed =
        page !== cur.page &&
        code !== null &&
        code === cur.code &&
        same(amount, cur.cells[this.layout.amountKey]?.text) &&
        continuesSequence(cur.sequence.indicators, a);
      return renamed ? 'renamed' : null;
    }
    if (!(code === null || cur.code === null || code === cur.code)) return null;
    if (same(amount, cur.cells[this.layout.amountKey]?.text)) return 'same';
    return page !== cur.page && amount !== undefined ? 'conflict' : null;
  }

  private nameOf(d: TargetDraft): string {
    return quote(d.cells['targetName']?.text ?? '', 30);
  }

  /** A row that stops before the last column with no cells left for the rest was cut at the edge. */
  private checkCut(a: RowAlignment, ind: Indicator | null): void {
    if (ind?.placeholder) return;
    const width = this.layout.columns.length;
    if (a.lastColumn === 0 || a.lastColumn + a.trailingCells >= width) return;
    const missing = this.layout.columns.slice(a.lastColumn).map((c) => c.label);
    const last = this.layout.columns[a.lastColumn - 1]?.label ?? '';
    this.ctx.report(
      'text-cut',
      'warning',
      `${this.layout.table}第${a.line.no}行在“${last}”列之后被截断，缺少${missing.join('、')}` +
        (ind?.name ? `（指标“${quote(ind.name, 20)}”）` : ''),
      a.line.no,
      { table: this.layout.table },
    );
  }

  /** A target normally has the four level-1 groups; a missing group means rows were lost (or never written). */
  private checkGroups(d: TargetDraft): void {
    const inds = d.sequence.indicators;
    const has = (l1: string) =>
      inds.some((i) => i.level1 === l1 || (l1 === '成本指标' && i.level2 === '成本指标'));
    const missing = ['成本指标', '产出指标', '效益指标', '满意度指标'].filter((l1) => !has(l1));
    if (missing.length === 0) return;
    const first = d.spans[0]?.first ?? d.head.line.no;
    const last = d.spans[d.spans.length - 1]?.last ?? first;
    const startsLate =
      inds[0] && inds[0].level1 !== null && ['效益指标', '满意度指标'].includes(inds[0].level1);
    this.ctx.report(
      'rows-missing',
      'warning',
      `${this.noun}“${this.nameOf(d)}”（第${first}–${last}行）缺少${missing.join('、')}的指标行` +
        (startsLate
          ? `，且从${inds[0]?.level1 ?? ''}开始，之前的指标行可能在转换中丢失`
          : '，可能有指标行丢失'),
      first,
      { table: this.layout.table },
    );
  }
}

/**
 * Whether a head row's indicator cells can go on from the indicators read so far rather than start a
 * target's list again: a new target begins with a level-1 or level-2 group the first printing already
 * left behind. A row without indicator cells gives no evidence either way.
 */
function continuesSequence(read: readonly Indicator[], a: RowAlignment): boolean {
  const last = read[read.length - 1];
  if (!last) return true;
  const text = (key: string) => a.fields[key]?.text.trim() ?? '';
  const l1 = text('level1') === '' ? null : readLevel1(text('level1'));
  const l2 = text('level2') === '' ? null : readLevel2(text('level2'));
  if (l1 !== null && l1 !== last.level1 && read.some((i) => i.level1 === l1)) return false;
  if (l2 !== null && l2 !== last.level2 && read.some((i) => i.level2 === l2)) return false;
  return true;
}
