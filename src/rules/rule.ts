// A review rule: one small module with a stable id, a Chinese title, a category, a default severity,
// the rationale (the regulation or identity it enforces), an example for the docs, and a check that
// returns findings. The catalogue of rules is data: it can be listed, documented and filtered.

import type { BudgetDocument } from '../core/model/document.js';
import type { DocumentKind, FindingCategory, Severity } from '../core/vocabulary.js';

/** What a rule reports: where, what was found, what was expected. */
export interface Finding {
  /** The rule's id. */
  rule: string;
  category: FindingCategory;
  severity: Severity;
  /** Chinese: what is wrong and what was expected (value found, value expected, difference). */
  message: string;
  /** 1-based source lines concerned, the main one first (for a sum: the total's line, then the parts'). */
  lines: number[];
  /** Canonical table name, when the finding concerns a table. */
  table?: string;
  /** Unit code or name. */
  unit?: string;
  /** Project name exactly as in the document. */
  project?: string;
  /** Indicator (三级指标) name, or level-2 name when the indicator has none. */
  indicator?: string;
  /** The value found, expected and their difference, as text at the document's precision. */
  found?: string;
  expected?: string;
  difference?: string;
}

/** A finding as a rule's check returns it; the engine fills rule, category and default severity. */
export type FindingDraft = Omit<Finding, 'rule' | 'category' | 'severity'> & { severity?: Severity };

export interface RuleExample {
  /** The defect, described or quoted as it would appear in a document. */
  defect: string;
  /** The message the rule gives for it. */
  message: string;
}

export interface Rule {
  /** Stable, kebab-case; never reused for another check. */
  id: string;
  /** Chinese title, shown in `yusuan rules` and the docs. */
  title: string;
  category: FindingCategory;
  severity: Severity;
  /** Why: the identity, regulation or practice it enforces (Chinese). */
  rationale: string;
  /** Document kinds the rule applies to. */
  appliesTo: readonly DocumentKind[];
  /**
   * Templates (layout ids, core/templates) whose documents the rule reads; absent when it reads any.
   * A rule written for Hunan's ten tables does not judge Shanghai's nine or the final accounts.
   */
  templates?: readonly string[];
  example: RuleExample;
  check(doc: BudgetDocument): FindingDraft[];
}

export function defineRule(rule: Rule): Rule {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`bad rule id ${rule.id}`);
  return rule;
}
