// The target rules' view of a document (core/model/target-views.ts) and how a finding about a target
// names it: lines, project, unit, table and indicator.

import type { TargetView } from '../../core/model/target-views.js';
import { indicatorLabel } from '../../core/model/target-views.js';
import type { Indicator } from '../../core/model/targets.js';
import type { FindingDraft } from '../rule.js';

export { formTotal, indicatorLabel, targetLabel, targetViews } from '../../core/model/target-views.js';
export type { TargetView } from '../../core/model/target-views.js';

/** A finding about a target (and one of its indicators): lines, project, unit, table and indicator set. */
export function targetFinding(
  v: TargetView,
  ind: Indicator | null,
  fields: Pick<FindingDraft, 'message'> & Partial<FindingDraft>,
): FindingDraft {
  const lines = fields.lines ?? (ind ? [ind.source.line, v.line] : [v.line]);
  const draft: FindingDraft = { ...fields, lines: lines.filter((l, i) => lines.indexOf(l) === i) };
  if (v.project !== undefined) draft.project = v.project;
  if (v.unit !== undefined) draft.unit = v.unit;
  if (v.table !== undefined) draft.table = v.table;
  if (ind) draft.indicator = indicatorLabel(ind);
  return draft;
}
