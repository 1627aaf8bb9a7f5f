// Part 1 of a department budget (部门预算说明), read from the lines before the first table title:
// its seven sections with their paragraphs, the units it lists, the items of 六 it covers, and the
// figures it states. Everything keeps its line; problems are diagnostics on the context.

import type {
  Narrative,
  NarrativeParagraph,
  NarrativeSection,
  NarrativeSectionKey,
  OtherMatterKey,
} from '../../../core/model/narrative.js';
import type { SourceRef } from '../../../core/source.js';
import type { ImportContext } from '../../context.js';
import type { SourceLine } from '../../lines.js';
import { readFacts } from './facts.js';
import { concatTexts, textSegments } from './located-text.js';
import type { LocatedText } from './located-text.js';
import { splitOtherMatters } from './other-matters.js';
import { assembleParagraphs } from './paragraphs.js';
import type { Paragraph } from './paragraphs.js';
import { findSections } from './sections.js';
import { readUnits } from './units.js';

/** A paragraph of the model; one joined from several lines says where each line's text starts. */
function toParagraph(p: Paragraph): NarrativeParagraph {
  const out: NarrativeParagraph = { text: p.body.text, lines: { first: p.first, last: p.last } };
  if (p.first !== p.last) out.segments = textSegments(p.body);
  return out;
}

export function parseNarrative(ctx: ImportContext, lines: readonly SourceLine[]): Narrative {
  const sections: NarrativeSection[] = [];
  const paragraphsOf = new Map<NarrativeSectionKey, Paragraph[]>();
  for (const span of findSections(ctx, lines)) {
    const paragraphs = assembleParagraphs(ctx, span.lines.slice(1));
    paragraphsOf.set(span.key, paragraphs);
    sections.push({
      no: span.no,
      key: span.key,
      heading: span.heading,
      lines: {
        first: span.heading.source.line,
        last: span.lines[span.lines.length - 1]?.no ?? span.heading.source.line,
      },
      paragraphs: paragraphs.map(toParagraph),
    });
  }

  const prose = (key: NarrativeSectionKey): LocatedText | undefined => {
    const ps = paragraphsOf.get(key)?.filter((p) => p.kind !== 'caption') ?? [];
    return ps.length > 0 ? concatTexts(ps.map((p) => p.body)) : undefined;
  };
  const matters = splitOtherMatters(paragraphsOf.get('other') ?? []);
  const otherMatters: Partial<Record<OtherMatterKey, SourceRef>> = {};
  for (const m of matters) otherMatters[m.key] = { line: m.line };

  const units = readUnits(paragraphsOf.get('units') ?? []);
  const reading = readFacts(ctx, {
    totals: prose('totals'),
    general: prose('general'),
    fund: prose('fund'),
    matters,
  });
  return {
    sections,
    facts: reading.facts,
    classAmounts: reading.classAmounts,
    unitsListed: units.unitsListed,
    onlyOwnLevel: units.onlyOwnLevel,
    threePublicChangeReason: reading.threePublicChangeReason,
    otherMatters,
  };
}
