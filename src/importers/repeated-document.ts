// Several documents in one file: the same opening (the first eight non-blank lines, as printed)
// printed again further down means copies were concatenated. They are not read as one giant
// department: the importer reads the first copy and reports where the others begin.
import type { SourceLine } from './lines.js';

const OPENING = 8;
/** Copies closer than this many lines are a repeated header, not another document. */
const MIN_DISTANCE = 50;

/** The line numbers (1-based) where the document's opening is printed again; empty when it is not. */
export function repeatedOpenings(lines: readonly SourceLine[]): number[] {
  const nonBlank: SourceLine[] = [];
  for (const l of lines) if (!l.blank) nonBlank.push(l);
  if (nonBlank.length < OPENING * 2) return [];
  const opening = nonBlank.slice(0, OPENING).map((l) => l.raw.trim());
  const starts: number[] = [];
  let last = nonBlank[0]?.no ?? 0;
  for (let i = OPENING; i + OPENING <= nonBlank.length; i++) {
    if (nonBlank[i]?.raw.trim() !== opening[0]) continue;
    let same = true;
    for (let k = 1; k < OPENING && same; k++) same = nonBlank[i + k]?.raw.trim() === opening[k];
    const no = nonBlank[i]?.no ?? 0;
    if (same && no - last >= MIN_DISTANCE) {
      starts.push(no);
      last = no;
      i += OPENING - 1;
    }
  }
  return starts;
}
