// The explanation's paragraphs with what the model reads from them marked in the text: each narrative
// fact (core/model/narrative.ts: key, value, the phrase it was read from, its line) found in the
// paragraph of its line and, within its phrase, the printed number equal to the value's magnitude;
// each amount stated per functional class ("一般公共服务支出4699.39万元，占75.11%": the amount and the
// share after the class's name); the reason given for the change of “三公” 经费. Editing one changes the
// value together with the paragraph and the phrases the review quotes, so that what the page shows,
// what the review quotes and what it compares stay one and the same.
import type { EditOp } from '../api';
import { compare, normalized } from '../model/decimal';
import type { ClassAmountJson, FactJson, SectionJson } from '../model/json';

export interface NarrativeJson {
  sections: readonly SectionJson[];
  facts: readonly FactJson[];
  classAmounts?: readonly ClassAmountJson[];
  threePublicChangeReason?: { value: string; source: { line: number } } | null;
}

/** Where a value the model reads from the explanation is printed, and what it is. */
export interface StatedPlace {
  /** Its model path: `narrative.facts[3].value`, `narrative.classAmounts[2].share`… */
  path: string;
  kind: 'figure' | 'text';
  /** As the model holds it (a decimal string, signed for changes; or the text). */
  value: string;
  /** 万元, %, 人… ('' for texts). */
  unit: string;
  line: number;
  /** The words it is read with, e.g. "“三公”经费预算数为26.08万元", and where they start. */
  context: string;
  contextStart: number;
  section: number;
  paragraph: number;
  start: number;
  end: number;
  /** A change (signed: 减少 and 下降 are negative). */
  signed?: boolean;
  /** For a fact: its index and where its phrase is (phrases are kept in step with the paragraph). */
  fact?: number;
  phraseStart?: number;
  phraseEnd?: number;
}

const NUMBER = /\d+(?:\.\d+)?/g;
const magnitude = (v: string) => (v.startsWith('-') ? v.slice(1) : v);

/** The section and paragraph printed at `line` whose text includes `text`. */
function paragraphAt(narrative: NarrativeJson, line: number, text: string) {
  for (const [section, s] of narrative.sections.entries()) {
    const paragraph = s.paragraphs.findIndex(
      (p) => p.lines.first <= line && line <= p.lines.last && p.text.includes(text),
    );
    const p = s.paragraphs[paragraph];
    if (p) return { section, paragraph, text: p.text };
  }
  return null;
}

/** The number that starts within `window` characters after `from`, and where. */
function numberAfter(text: string, from: number, window: number) {
  const re = /\d+(?:\.\d+)?/g;
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m || m.index - from >= window) return null;
  return { start: m.index, end: m.index + m[0].length, text: m[0] };
}

function factPlaces(narrative: NarrativeJson, out: StatedPlace[], taken: Set<string>): void {
  const seen = new Map<string, number>();
  narrative.facts.forEach((f, fact) => {
    const at = f.text ? paragraphAt(narrative, f.source.line, f.text) : null;
    if (!at) return;
    // The n-th fact with the same phrase in a paragraph is its n-th occurrence ("项目支出0.00万元" twice).
    const key = `${at.section}.${at.paragraph}.${f.text}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    let phraseStart = -1;
    for (let i = 0; i <= nth; i++) phraseStart = at.text.indexOf(f.text, phraseStart + 1);
    if (phraseStart < 0) return;
    const figure = [...f.text.matchAll(NUMBER)]
      .reverse()
      .find((m) => compare(m[0], magnitude(f.value)) === 0);
    if (figure?.index === undefined) return;
    const start = phraseStart + figure.index;
    if (taken.has(`${at.section}.${at.paragraph}.${start}`)) return;
    taken.add(`${at.section}.${at.paragraph}.${start}`);
    out.push({
      path: `narrative.facts[${fact}].value`,
      kind: 'figure',
      value: f.value,
      unit: f.unit,
      line: f.source.line,
      context: f.text,
      contextStart: phraseStart,
      section: at.section,
      paragraph: at.paragraph,
      start,
      end: start + figure[0].length,
      ...(/\.change(Pct)?$/.test(f.key) ? { signed: true } : {}),
      fact,
      phraseStart,
      phraseEnd: phraseStart + f.text.length,
    });
  });
}

function classPlaces(narrative: NarrativeJson, out: StatedPlace[], taken: Set<string>): void {
  (narrative.classAmounts ?? []).forEach((c, i) => {
    const at = paragraphAt(narrative, c.source.line, c.name);
    if (!at) return;
    for (let from = at.text.indexOf(c.name); from >= 0; from = at.text.indexOf(c.name, from + 1)) {
      const amount = numberAfter(at.text, from + c.name.length, 1);
      const key = `${at.section}.${at.paragraph}.${amount?.start ?? -1}`;
      if (!amount || compare(amount.text, c.amount) !== 0 || taken.has(key)) continue;
      taken.add(key);
      const share = c.share === null ? null : numberAfter(at.text, amount.end, 6);
      const shareFound = share && at.text[share.end] === '%' && compare(share.text, c.share) === 0;
      const context = at.text.slice(from, shareFound ? share.end + 1 : amount.end + 2);
      const place = {
        line: c.source.line,
        context,
        contextStart: from,
        section: at.section,
        paragraph: at.paragraph,
      };
      out.push({
        ...place,
        path: `narrative.classAmounts[${i}].amount`,
        kind: 'figure',
        value: c.amount,
        unit: '万元',
        start: amount.start,
        end: amount.end,
      });
      if (shareFound && c.share !== null) {
        taken.add(`${at.section}.${at.paragraph}.${share.start}`);
        out.push({
          ...place,
          path: `narrative.classAmounts[${i}].share`,
          kind: 'figure',
          value: c.share,
          unit: '%',
          start: share.start,
          end: share.end,
        });
      }
      return;
    }
  });
}

/** Everything the model reads from the explanation that is printed in it, facts first. */
export function statedPlaces(narrative: NarrativeJson): StatedPlace[] {
  const out: StatedPlace[] = [];
  const taken = new Set<string>();
  factPlaces(narrative, out, taken);
  classPlaces(narrative, out, taken);
  const reason = narrative.threePublicChangeReason;
  const at = reason?.value ? paragraphAt(narrative, reason.source.line, reason.value) : null;
  if (reason && at) {
    const start = at.text.indexOf(reason.value);
    out.push({
      path: 'narrative.threePublicChangeReason',
      kind: 'text',
      value: reason.value,
      unit: '',
      line: reason.source.line,
      context: reason.value,
      contextStart: start,
      section: at.section,
      paragraph: at.paragraph,
      start,
      end: start + reason.value.length,
    });
  }
  return out;
}

export interface Piece {
  text: string;
  /** The place this piece prints, when it is one. */
  place?: StatedPlace;
}

/** A paragraph's text cut into plain pieces and the places in it. */
export function paragraphPieces(text: string, places: readonly StatedPlace[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const p of [...places].sort((a, b) => a.start - b.start)) {
    if (p.start < at) continue;
    if (p.start > at) out.push({ text: text.slice(at, p.start) });
    out.push({ text: text.slice(p.start, p.end), place: p });
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

/** The paragraph with the value at `place` set to `value` (and a turned change's direction word). */
function rewrite(paragraph: string, place: StatedPlace, value: string): { text: string; delta: number } {
  const shown = place.kind === 'text' ? value : printed(value, paragraph.slice(place.start, place.end));
  let head = paragraph.slice(0, place.start);
  if (place.phraseStart !== undefined && compare(value, '0') * compare(place.value, '0') < 0) {
    const words = [...head.slice(place.phraseStart).matchAll(/增加|减少|上升|下降|增长|提高|降低/g)];
    const w = words[words.length - 1];
    if (w?.index !== undefined) {
      const at = place.phraseStart + w.index;
      head = head.slice(0, at) + (OPPOSITE[w[0]] ?? w[0]) + head.slice(at + w[0].length);
    }
  }
  return { text: head + shown + paragraph.slice(place.end), delta: shown.length - (place.end - place.start) };
}

const valueOf = (place: StatedPlace | undefined, input: string): string => {
  const text = input.trim();
  return place?.kind === 'text' ? text : (normalized(text) ?? text);
};

/** The words around the value at `path` as they will read with `input`, or null. */
export function statedPreview(narrative: NarrativeJson, path: string, input: string): string | null {
  const place = statedPlaces(narrative).find((p) => p.path === path);
  const paragraph = place ? narrative.sections[place.section]?.paragraphs[place.paragraph] : undefined;
  if (!place || !paragraph) return null;
  const { text, delta } = rewrite(paragraph.text, place, valueOf(place, input));
  return text.slice(place.contextStart, place.contextStart + place.context.length + delta);
}

/**
 * The edits that set the value at `path` (a fact, a class amount or share, the “三公” reason) to
 * `input`: the value, and where it is printed, the paragraph (for a fact's change whose sign turns,
 * its direction word too: 增加 → 减少), the offsets of the paragraph's later lines, and the phrase of
 * every fact printed over it.
 */
export function statedEdits(narrative: NarrativeJson, path: string, input: string): EditOp[] {
  const places = statedPlaces(narrative);
  const place = places.find((p) => p.path === path);
  const value = valueOf(place, input);
  const ops: EditOp[] = [{ op: 'set', path, value }];
  const paragraph = place ? narrative.sections[place.section]?.paragraphs[place.paragraph] : undefined;
  if (!place || !paragraph) return ops;
  const { text: next, delta } = rewrite(paragraph.text, place, value);
  const base = `narrative.sections[${place.section}].paragraphs[${place.paragraph}]`;
  ops.push({ op: 'set', path: `${base}.text`, value: next });
  if (paragraph.segments && delta !== 0)
    ops.push({
      op: 'set',
      path: `${base}.segments`,
      value: paragraph.segments.map((s) => (s.offset > place.start ? { ...s, offset: s.offset + delta } : s)),
    });
  for (const p of places) {
    if (p.fact === undefined || p.phraseStart === undefined || p.phraseEnd === undefined) continue;
    if (p.section !== place.section || p.paragraph !== place.paragraph) continue;
    if (p.phraseStart > place.start || p.phraseEnd < place.end) continue;
    const phrase = next.slice(p.phraseStart, p.phraseEnd + delta);
    if (phrase !== narrative.facts[p.fact]?.text)
      ops.push({ op: 'set', path: `narrative.facts[${p.fact}].text`, value: phrase });
  }
  return ops;
}
