// The catalogue: every rule, in the order of the docs. Parts maintained separately: the tables'
// arithmetic, cross-table, completeness and import rules; the rules read from the data of the other
// layout templates (Shanghai, final accounts); the targets', narrative and declaration-form rules; and
// the rules on the words (text).

import type { Rule } from './rule.js';
import { TABLE_RULES } from './catalogue-tables.js';
import { TARGET_RULES } from './catalogue-targets.js';
import { TEMPLATE_RULES } from './catalogue-templates.js';
import { TEXT_RULES } from './catalogue-text.js';

export const CATALOGUE: readonly Rule[] = [...TABLE_RULES, ...TEMPLATE_RULES, ...TARGET_RULES, ...TEXT_RULES];

export function findRule(id: string): Rule | undefined {
  return CATALOGUE.find((r) => r.id === id);
}
