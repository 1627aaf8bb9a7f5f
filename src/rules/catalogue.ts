// The catalogue: every rule, in the order of the docs. Two parts maintained separately:
// the tables' arithmetic, cross-table, completeness and import rules, and the targets', narrative and
// declaration-form rules.

import type { Rule } from './rule.js';
import { TABLE_RULES } from './catalogue-tables.js';
import { TARGET_RULES } from './catalogue-targets.js';

export const CATALOGUE: readonly Rule[] = [...TABLE_RULES, ...TARGET_RULES];

export function findRule(id: string): Rule | undefined {
  return CATALOGUE.find((r) => r.id === id);
}
