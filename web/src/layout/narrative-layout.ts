// The explanation's paragraphs with the figures its facts state marked in them: each narrative fact
// (core/model/narrative.ts: key, value, the phrase it was read from, its line) is found in the
// paragraph of its line, and within its phrase the printed number equal to the value's magnitude.
// Editing a fact changes the value, the phrase and the paragraph together, so that what the page
// shows, what the review quotes and what it compares stay one and the same.
import type { EditOp } from '../api';
import { compare, normalized } from '../model/decimal';
import type { FactJson, SectionJson } from '../model/json';

export interface NarrativeJson {
  sections: readonly SectionJson[];
  facts: readonly FactJson[];
}

/** Where a fact's figure is printed: section and paragraph, the figure's and the phrase's offsets. */
export interface FactPlace {
  fact: number;
  section: number;
  paragraph: number;
  start: number;
  end: number;
  phraseStart: number;
  phraseEnd: number;
}

const NUMBER = /\d+(?:\.\d+)?/g;
const magnitude = (v: string) => (v.startsWith('-') ? v.slice(1) : v);

/** The places of the facts' figures, in fact order; facts whose figure is not printed have none. */
export function factPlaces(narrative: NarrativeJson): FactPlace[] {
  const out: FactPlace[] = [];
  const taken = new Set<string>();
  const seen = new Map<string, number>();
  narrative.facts.forEach((f, fact) => {
    const section = narrative.sections.findIndex((s) =>
      s.paragraphs.some((p) => p.lines.first <= f.source.line && f.source.line <= p.lines.last),
    );
    const paragraphs = narrative.sections[section]?.paragraphs ?? [];
    const paragraph = paragraphs.findIndex(
      (p) => p.lines.first <= f.source.line && f.source.line <= p.lines.last && p.text.includes(f.text),
    );
    const text = paragraphs[paragraph]?.text;
    if (text === undefined || !f.text) return;
    // The n-th fact with the same phrase in a paragraph is its n-th occurrence ("项目支出0.00万元" twice).
    const key = `${section}.${paragraph}.${f.text}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    let phraseStart = -1;
    for (let i = 0; i <= nth; i++) phraseStart = text.indexOf(f.text, phraseStart + 1);
    if (phraseStart < 0) return;
    const figure = [...f.text.matchAll(NUMBER)]
      .reverse()
      .find((m) => compare(m[0], magnitude(f.value)) === 0);
    if (figure?.index === undefined) return;
    const start = phraseStart + figure.index;
    if (taken.has(`${section}.${paragraph}.${start}`)) return;
    taken.add(`${section}.${paragraph}.${start}`);
    out.push({
      fact,
      section,
      paragraph,
      start,
      end: start + figure[0].length,
      phraseStart,
      phraseEnd: phraseStart + f.text.length,
    });
  });
  return out;
}

export interface Piece {
  text: string;
  /** The index of the fact whose figure this piece is. */
  fact?: number;
}

/** A paragraph's text cut into plain pieces and the figures of its facts. */
export function paragraphPieces(text: string, places: readonly FactPlace[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const p of [...places].sort((a, b) => a.start - b.start)) {
    if (p.start < at) continue;
    if (p.start > at) out.push({ text: text.slice(at, p.start) });
    out.push({ text: text.slice(p.start, p.end), fact: p.fact });
    at = p.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

const OPPOSITE: Record<string, string> = {
  增加: '减少',
  减少: '增加',
  上升: '下降',
  下降: '上升',
  增长: '减少',
  提高: '降低',
  降低: '提高',
};

/** The figure printed for a value: its magnitude, with at least the decimals printed before. */
function printed(value: string, before: string): string {
  const m = magnitude(value);
  const had = before.split('.')[1]?.length ?? 0;
  const has = m.split('.')[1]?.length ?? 0;
  if (has >= had) return m;
  return (has === 0 ? `${m}.` : m) + '0'.repeat(had - has);
}

/**
 * The edits that set fact `index` to `input`: its value, and where its figure is printed, the
 * paragraph (the direction word turned when the sign of a change turns, e.g. 增加 → 减少), the
 * offsets of the paragraph's later lines, and the phrase of every fact printed over the figure.
 */
export function factEdits(narrative: NarrativeJson, index: number, input: string): EditOp[] {
  const value = normalized(input) ?? input.trim();
  const ops: EditOp[] = [{ op: 'set', path: `narrative.facts[${index}].value`, value }];
  const fact = narrative.facts[index];
  const places = factPlaces(narrative);
  const place = places.find((p) => p.fact === index);
  const paragraph = place ? narrative.sections[place.section]?.paragraphs[place.paragraph] : undefined;
  if (!fact || !place || !paragraph) return ops;
  const old = paragraph.text;
  const figure = printed(value, old.slice(place.start, place.end));
  let head = old.slice(0, place.start);
  const turned = compare(value, '0') * compare(fact.value, '0') < 0;
  if (turned) {
    const words = [...head.slice(place.phraseStart).matchAll(/增加|减少|上升|下降|增长|提高|降低/g)];
    const w = words[words.length - 1];
    if (w?.index !== undefined) {
      const at = place.phraseStart + w.index;
      head = head.slice(0, at) + (OPPOSITE[w[0]] ?? w[0]) + head.slice(at + w[0].length);
    }
  }
  const text = head + figure + old.slice(place.end);
  const delta = figure.length - (place.end - place.start);
  const base = `narrative.sections[${place.section}].paragraphs[${place.paragraph}]`;
  ops.push({ op: 'set', path: `${base}.text`, value: text });
  if (paragraph.segments && delta !== 0)
    ops.push({
      op: 'set',
      path: `${base}.segments`,
      value: paragraph.segments.map((s) => (s.offset > place.start ? { ...s, offset: s.offset + delta } : s)),
    });
  for (const p of places) {
    if (p.section !== place.section || p.paragraph !== place.paragraph) continue;
    if (p.phraseStart > place.start || p.phraseEnd < place.end) continue;
    const phrase = text.slice(p.phraseStart, p.phraseEnd + delta);
    if (phrase !== narrative.facts[p.fact]?.text)
      ops.push({ op: 'set', path: `narrative.facts[${p.fact}].text`, value: phrase });
  }
  return ops;
}
