// Part 1 of a department budget (部门预算说明) generated from the model: the seven sections in
// order, formulaic sentences from the Part 2 figures and free text carried from the imported
// narrative. Pure: the same document always gives the same narrative.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { NARRATIVE_SECTIONS } from '../../core/model/narrative.js';
import type { HunanSectionKey, NarrativeSectionKey } from '../../core/model/narrative.js';
import { chineseNumeral } from '../../core/text.js';
import { carriedParagraphs } from './carried.js';
import { collectFigures } from './figures.js';
import type { BudgetFigures } from './figures.js';
import { fundSection, generalSection, totalsSection, unitsSection } from './sections-budget.js';
import { otherSection } from './sections-other.js';
import type { NarrativeBlock, PublishedNarrative } from './types.js';

export type {
  BlockOrigin,
  ChartKind,
  NarrativeBlock,
  PublishedNarrative,
  PublishedSection,
} from './types.js';
export type { BudgetFigures, LabelledAmount, ThreePublicFigures } from './figures.js';
export { collectFigures } from './figures.js';
export { changeSentence, NO_PREVIOUS } from './change.js';
export {
  changeRate,
  countText,
  percentText,
  proseMoney,
  shareOf,
  stripNumbering,
  tableMoney,
} from './format.js';

const MISSING: Partial<Record<NarrativeSectionKey, string>> = {
  overview: '原文未提供部门基本概况（职能职责、机构设置）。',
  glossary: '原文未提供名词解释。',
};

function carriedOrMissing(doc: DepartmentBudgetDocument, key: NarrativeSectionKey): NarrativeBlock[] {
  const blocks = carriedParagraphs(doc, key);
  return blocks.length ? blocks : [{ kind: 'missing', text: MISSING[key] ?? '原文未提供本节内容。' }];
}

function sectionBlocks(
  doc: DepartmentBudgetDocument,
  key: HunanSectionKey,
  f: BudgetFigures,
): NarrativeBlock[] {
  switch (key) {
    case 'overview':
      return carriedOrMissing(doc, key);
    case 'units':
      return unitsSection(doc);
    case 'totals':
      return totalsSection(doc, f);
    case 'general':
      return generalSection(doc, f);
    case 'fund':
      return fundSection(f);
    case 'other':
      return otherSection(doc, f);
    case 'glossary':
      return carriedOrMissing(doc, key);
  }
}

export function buildNarrative(doc: DepartmentBudgetDocument): PublishedNarrative {
  const figures = collectFigures(doc);
  return {
    figures,
    sections: NARRATIVE_SECTIONS.map((s) => ({
      no: s.no,
      key: s.key,
      heading: `${chineseNumeral(s.no)}、${s.title}`,
      blocks: sectionBlocks(doc, s.key, figures),
    })),
  };
}

/** A block as one line of plain text (lead and text joined; a list as numbered lines). */
export function blockText(block: NarrativeBlock): string {
  switch (block.kind) {
    case 'text':
      return (block.lead ?? '') + block.text;
    case 'list':
      return block.items.map((item, i) => `${i + 1}. ${item}`).join('\n');
    case 'chart':
      return `（${block.title}）`;
    case 'missing':
      return `（${block.text}）`;
  }
}
