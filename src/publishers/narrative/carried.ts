// Free text carried over from the imported Part 1: whole sections (职能职责, 机构设置, 名词解释) and
// clauses that only people can write — the reason for a change ("主要是人员经费增加。") and what
// project spending is for ("主要用于…"). Figures are never taken from here.

import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { NarrativeSectionKey } from '../../core/model/narrative.js';
import type { NarrativeBlock } from './types.js';

export function sectionOf(doc: DepartmentBudgetDocument, key: NarrativeSectionKey) {
  return doc.narrative.sections.find((s) => s.key === key);
}

/** Every paragraph of a section as carried text blocks; empty when the section is absent. */
export function carriedParagraphs(doc: DepartmentBudgetDocument, key: NarrativeSectionKey): NarrativeBlock[] {
  const section = sectionOf(doc, key);
  if (!section) return [];
  return section.paragraphs
    .filter((p) => p.text.trim() !== '')
    .map((p) => ({ kind: 'text', origin: 'carried', text: p.text.trim(), lines: p.lines }));
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const endWithStop = (s: string): string => (/[。！？]$/.test(s) ? s : s.replace(/[，,；;、\s]+$/, '') + '。');

/**
 * The reason given after a change sentence: the first "主要…" clause in the sentence that matches
 * `anchor` or in the sentence right after it, within the section's paragraphs.
 */
export function changeReason(
  doc: DepartmentBudgetDocument,
  key: NarrativeSectionKey,
  anchor: RegExp,
): string | null {
  const section = sectionOf(doc, key);
  if (!section) return null;
  for (const p of section.paragraphs) {
    const list = sentences(p.text);
    const i = list.findIndex((s) => anchor.test(s));
    if (i < 0) continue;
    const here = list[i] ?? '';
    const inline = /[，,]\s*(主要[^。]*。?)$/.exec(here);
    if (inline?.[1]) return endWithStop(inline[1]);
    const next = list[i + 1];
    if (next && /^主要/.test(next)) return endWithStop(next);
    return null;
  }
  return null;
}

/** The "主要用于…" clause of the paragraph that matches `anchor` (what project spending is for). */
export function purposeClause(
  doc: DepartmentBudgetDocument,
  key: NarrativeSectionKey,
  anchor: RegExp,
): string | null {
  const section = sectionOf(doc, key);
  const p = section?.paragraphs.find((x) => anchor.test(x.text));
  const m = p ? /主要用于[^。]*。?/.exec(p.text) : null;
  return m ? endWithStop(m[0]) : null;
}
