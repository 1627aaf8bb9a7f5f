// What a document's explanation states, by fact key (narrative facts of the model), and the exact
// comparisons the narrative rules make with it: a stated figure against a table's, a stated per cent
// against the one its figures give, rounded to the decimals the document printed.

import { Decimal } from '../../core/decimal.js';
import type { NarrativeFact } from '../../core/model/narrative.js';
import type { FactKey } from '../../core/model/narrative.js';
import type { TabledDocument } from '../../core/model/document.js';

export function factsOf(doc: TabledDocument, key: FactKey): NarrativeFact[] {
  return doc.narrative.facts.filter((f) => f.key === key);
}

export function factOf(doc: TabledDocument, key: FactKey, qualifier?: string): NarrativeFact | undefined {
  return doc.narrative.facts.find(
    (f) => f.key === key && (qualifier === undefined || f.qualifier === qualifier),
  );
}

/** part ÷ whole × 100 at `scale` decimals (half away from zero); null when the whole is zero. */
export function percent(part: Decimal, whole: Decimal, scale: number): Decimal | null {
  if (whole.isZero()) return null;
  const q = part.mul(Decimal.of(100n)).div(whole, scale + 6);
  return q ? q.round(scale) : null;
}
