// The published Part 1 (部门预算说明) as renderers consume it: the seven sections, each a list of
// blocks. A block is either generated from the figures (formulaic sentences), carried from the
// imported narrative (free text such as 职能职责 or the reason for a change), a chart placeholder,
// or a note that the source said nothing where something was expected.

import type { LineRange } from '../../core/model/common.js';
import type { NarrativeSectionKey } from '../../core/model/narrative.js';
import type { BudgetFigures } from './figures.js';

export type BlockOrigin = 'generated' | 'carried';

export type ChartKind = 'income' | 'expenditure' | 'functional';

export type NarrativeBlock =
  | {
      kind: 'text';
      origin: BlockOrigin;
      /** A lead printed in bold before the text, e.g. "（一）收入预算：". */
      lead?: string;
      text: string;
      /** Where carried text came from in the source. */
      lines?: LineRange;
    }
  | { kind: 'list'; origin: BlockOrigin; items: string[] }
  | { kind: 'chart'; chart: ChartKind; title: string }
  | { kind: 'missing'; text: string };

export interface PublishedSection {
  no: number;
  key: NarrativeSectionKey;
  /** "一、部门基本概况". */
  heading: string;
  blocks: NarrativeBlock[];
}

export interface PublishedNarrative {
  sections: PublishedSection[];
  figures: BudgetFigures;
}
