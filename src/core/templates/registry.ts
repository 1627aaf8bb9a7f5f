// Every layout yusuan reads, in one place. A document is read with the template whose tables it
// prints (importers/detect.ts); publishers lay a document out by the template it was read with.

import { FINAL_ACCOUNTS } from './final-accounts.js';
import { HUNAN } from './hunan.js';
import { SHANGHAI_DEPARTMENT, SHANGHAI_UNIT } from './shanghai.js';
import type { TableId, TableTemplate, Template } from './template.js';

export const TEMPLATES: readonly Template[] = [HUNAN, SHANGHAI_DEPARTMENT, SHANGHAI_UNIT, FINAL_ACCOUNTS];

/** The template of that id; documents from before templates were recorded are Hunan's. */
export function templateById(id: string | undefined): Template {
  return TEMPLATES.find((t) => t.id === id) ?? HUNAN;
}

/** The table template of a table id in a template, if it has one. */
export function findTableTemplate(template: Template, id: TableId): TableTemplate | undefined {
  return template.tables.find((t) => t.id === id);
}
