// The indicators of one target, built row by row from aligned cells. Blank 一级/二级 cells mean
// "same as above"; a level-2 name that cannot belong to the inherited level 1 (经济效益指标 after
// 产出指标, its 效益指标 label lost) takes the level 1 it belongs to; a new level-1 group whose first
// row leaves 二级 blank takes the label printed further down (a merged cell printed mid-height).

import type { Indicator } from '../../core/model/targets.js';
import { isPlaceholder } from '../../core/text.js';
import { LEVEL1_OF_LEVEL2, LEVEL2_BY_LEVEL1 } from '../../core/vocabulary.js';
import type { Level1Indicator, Level2Indicator } from '../../core/vocabulary.js';
import type { Cell } from '../lines.js';
import type { RowAlignment } from './align-row.js';
import { INDICATOR_KEYS } from './layouts.js';
import {
  comparatorOfValue,
  readComparator,
  readLevel1,
  readLevel2,
  readNumber,
} from './vocabulary-reading.js';

/** Names that state the level does not apply ("此项目不产生经济效益", "…故不设置该项指标"). */
const NOT_APPLICABLE = /不产生|无法产生|不涉及|不适用|不设置|无此项/;

interface Level<T> {
  canonical: T | null;
  text: string;
}

const textOf = (cell: Cell | undefined): string | null => (cell && cell.text !== '' ? cell.text : null);

/** True when the aligned row holds any indicator cell. */
export function hasIndicatorCells(row: RowAlignment): boolean {
  return INDICATOR_KEYS.some((k) => textOf(row.fields[k]) !== null);
}

/**
 * An indicator is a placeholder when it only says the level does not apply and carries no weight:
 * 三级 name and 指标值 blank or 无, or a name that says so with nothing else filled in. A row with a
 * weight counts (2024 table 10 gives 3 points to a 生态效益指标 row of 无).
 */
export function isPlaceholderRow(
  ind: Pick<Indicator, 'name' | 'value' | 'content' | 'scoring' | 'weight'>,
): boolean {
  if (ind.weight !== null) return false;
  if (isPlaceholder(ind.name) && isPlaceholder(ind.value)) return true;
  return (
    ind.name !== null &&
    NOT_APPLICABLE.test(ind.name) &&
    isPlaceholder(ind.value) &&
    isPlaceholder(ind.content) &&
    isPlaceholder(ind.scoring)
  );
}

export class IndicatorSequence {
  readonly indicators: Indicator[] = [];
  private level1: Level<Level1Indicator> | null = null;
  private level2: Level<Level2Indicator> | null = null;
  /** Indicators of the current level-1 group still waiting for a level-2 label printed below. */
  private awaitingLevel2: Indicator[] = [];

  add(row: RowAlignment): Indicator {
    const f = row.fields;
    this.readLevels(f.level1, f.level2);
    const name = textOf(f.name);
    const value = textOf(f.value);
    const valueType = textOf(f.valueType);
    const weightText = textOf(f.weight);
    const weight = weightText === null ? null : readNumber(weightText);
    const typed = valueType === null ? null : readComparator(valueType);
    const anchor = f.name ?? f.level2 ?? f.level1 ?? f.value ?? row.line.cells.find((c) => c.text !== '');
    const base = {
      name,
      value,
      content: textOf(f.content),
      scoring: textOf(f.scoring),
      weight,
    };
    const indicator: Indicator = {
      source: anchor ? { line: row.line.no, column: anchor.column } : { line: row.line.no },
      level1: this.level1?.canonical ?? null,
      level1Text: this.level1?.text ?? null,
      level2: this.level2?.canonical ?? null,
      level2Text: this.level2?.text ?? null,
      ...base,
      unit: textOf(f.unit),
      valueType,
      comparator: typed ?? (isPlaceholder(valueType) && value !== null ? comparatorOfValue(value) : null),
      weightText: weight === null ? weightText : null,
      placeholder: isPlaceholderRow(base),
    };
    if (this.level2 === null && this.level1 !== null) this.awaitingLevel2.push(indicator);
    this.indicators.push(indicator);
    return indicator;
  }

  private readLevels(l1Cell: Cell | undefined, l2Cell: Cell | undefined): void {
    const l1Text = textOf(l1Cell);
    const l2Text = textOf(l2Cell);
    if (l1Text !== null) {
      this.level1 = { canonical: readLevel1(l1Text), text: l1Text };
      this.level2 = null;
      this.awaitingLevel2 = [];
    }
    if (l2Text === null) return;
    const l2 = readLevel2(l2Text);
    this.level2 = { canonical: l2, text: l2Text };
    const l1 = this.level1?.canonical ?? null;
    if (l1Text === null && l2 !== null && (l1 === null || !LEVEL2_BY_LEVEL1[l1].includes(l2))) {
      // The level-1 label of a new group was lost: the level-2 name says which group this is.
      const inferred = LEVEL1_OF_LEVEL2[l2];
      this.level1 = { canonical: inferred, text: inferred };
      this.awaitingLevel2 = [];
      return;
    }
    for (const waiting of this.awaitingLevel2) {
      waiting.level2 = l2;
      waiting.level2Text = l2Text;
    }
    this.awaitingLevel2 = [];
  }
}
