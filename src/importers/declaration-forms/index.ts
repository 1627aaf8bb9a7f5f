// PLACEHOLDER — being written (helper C).
import type { DeclarationFormsDocument } from '../../core/model/document.js';
import type { BaseInfo } from '../base-info.js';
import type { ImportContext } from '../context.js';

export function importDeclarationForms(ctx: ImportContext, base: BaseInfo): DeclarationFormsDocument {
  return {
    schemaVersion: 1,
    kind: 'declaration-forms',
    source: base.source,
    template: 'hunan',
    title: base.title,
    year: base.year,
    department: null,
    projectForms: [],
    departmentForms: [],
    diagnostics: ctx.diagnostics,
  };
}
