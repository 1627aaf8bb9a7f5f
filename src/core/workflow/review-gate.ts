// The review gate of submission: error-level findings block a submit unless the unit explains each one.
// Findings come from the rule engine (rules/), which core cannot import: the gate takes their shape.
// A finding's key names the rule and what it points at (table, unit, project, indicator, first line),
// so an explanation stays attached to the same finding after an unrelated edit and re-review.

import { errorInfo } from '../errors.js';
import type { ErrorInfo } from '../errors.js';
import type { Severity } from '../vocabulary.js';

/** The parts of a rule finding the gate reads. */
export interface GateFinding {
  rule: string;
  severity: Severity;
  message: string;
  lines: readonly number[];
  table?: string;
  unit?: string;
  project?: string;
  indicator?: string;
}

/** A unit's explanation of a finding, kept with it and shown to every reviewer after. */
export interface Explanation {
  key: string;
  text: string;
}

/** The stable key of a finding. */
export function findingKey(f: GateFinding): string {
  return [
    f.rule,
    f.table ?? '',
    f.unit ?? '',
    f.project ?? '',
    f.indicator ?? '',
    String(f.lines[0] ?? ''),
  ].join('|');
}

export interface GateResult {
  ok: boolean;
  /** Error-level findings without an explanation. */
  unexplained: GateFinding[];
  /** The findings each with its explanation (or null). */
  findings: (GateFinding & { key: string; explanation: string | null })[];
  error: ErrorInfo<'review-errors'> | null;
}

/** Whether a document with these findings and explanations may be submitted. */
export function reviewGate(
  findings: readonly GateFinding[],
  explanations: readonly Explanation[],
): GateResult {
  const byKey = new Map<string, string>();
  for (const e of explanations) if (e.text.trim()) byKey.set(e.key, e.text.trim());
  const annotated = findings.map((f) => {
    const key = findingKey(f);
    return { ...f, key, explanation: byKey.get(key) ?? null };
  });
  const unexplained = annotated.filter((f) => f.severity === 'error' && f.explanation === null);
  const ok = unexplained.length === 0;
  return {
    ok,
    unexplained,
    findings: annotated,
    error: ok
      ? null
      : errorInfo('review-errors', `审核发现 ${unexplained.length} 个错误未作说明，不能报送`, {
          unexplained: unexplained.map((f) => ({ key: f.key, rule: f.rule, message: f.message })),
        }),
  };
}
