// The template a document was read with, by id, so that titles, columns and header groups come
// from data (domain.md §5); an unknown id falls back to Hunan's.

import type { BudgetDocument } from '../../core/model/document.js';
import { templateById } from '../../core/templates/registry.js';
import type { Template } from '../../core/templates/template.js';

export function templateOf(doc: BudgetDocument): Template {
  return templateById(doc.template);
}
