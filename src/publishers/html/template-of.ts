// The template a document was read with, by id, so that titles, columns and header groups come
// from data (domain.md §5). Only Hunan's exists so far; an unknown id falls back to it.

import type { BudgetDocument } from '../../core/model/document.js';
import { HUNAN } from '../../core/templates/hunan.js';
import type { Template } from '../../core/templates/template.js';

const TEMPLATES: readonly Template[] = [HUNAN];

export function templateOf(doc: BudgetDocument): Template {
  return TEMPLATES.find((t) => t.id === doc.template) ?? HUNAN;
}
