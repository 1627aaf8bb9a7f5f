// Runs the catalogue (or a chosen set of rules) over a document and returns findings sorted by place.
// Rules are pure; a rule that throws is a bug and is reported as a finding of its own rather than
// hiding the rest of the review.

import type { BudgetDocument } from '../core/model/document.js';
import type { Severity } from '../core/vocabulary.js';
import type { Finding, Rule } from './rule.js';
import { CATALOGUE } from './catalogue.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface ReviewOptions {
  rules?: readonly Rule[];
  /** Drop findings less severe than this. */
  minSeverity?: Severity;
}

export function review(doc: BudgetDocument, options: ReviewOptions = {}): Finding[] {
  const rules = (options.rules ?? CATALOGUE).filter(
    (r) => r.appliesTo.includes(doc.kind) && (!r.templates || r.templates.includes(doc.template)),
  );
  const findings: Finding[] = [];
  for (const rule of rules) {
    let drafts;
    try {
      drafts = rule.check(doc);
    } catch (e) {
      findings.push({
        rule: rule.id,
        category: rule.category,
        severity: 'warning',
        message: `审核规则 ${rule.id} 执行出错，本项未能审核：${e instanceof Error ? e.message : String(e)}`,
        lines: [],
      });
      continue;
    }
    for (const d of drafts) {
      findings.push({ ...d, rule: rule.id, category: rule.category, severity: d.severity ?? rule.severity });
    }
  }
  const min = options.minSeverity ? RANK[options.minSeverity] : RANK.info;
  return findings
    .filter((f) => RANK[f.severity] <= min)
    .sort(
      (a, b) =>
        (a.lines[0] ?? 0) - (b.lines[0] ?? 0) ||
        RANK[a.severity] - RANK[b.severity] ||
        a.rule.localeCompare(b.rule),
    );
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
