// The layout templates the rules know, by the id a document records (`doc.template`). Rules that
// compare a document with its template (tables present, contents, table order) look it up here.

import type { BudgetDocument } from '../core/model/document.js';
import { TEMPLATES } from '../core/templates/registry.js';
import type { Template } from '../core/templates/template.js';

/** The template a document was read with, or null when the rules do not know it. */
export function templateOf(doc: BudgetDocument): Template | null {
  return TEMPLATES.find((t) => t.id === doc.template) ?? null;
}
