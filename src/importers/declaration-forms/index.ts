// The importer for county declaration forms (绩效目标申报表): the document is cut into its forms at
// their titles, each project form and the whole-department form is read by its labels, and the
// department is the forms' 填报单位. Problems are diagnostics on the document; nothing here throws.

import type { DeclarationFormsDocument } from '../../core/model/document.js';
import type { DepartmentForm, ProjectForm } from '../../core/model/forms.js';
import type { BaseInfo } from '../base-info.js';
import type { ImportContext } from '../context.js';
import { splitForms } from './blocks.js';
import { readDepartmentForm } from './department-form.js';
import { readProjectForm } from './project-form.js';

export function importDeclarationForms(ctx: ImportContext, base: BaseInfo): DeclarationFormsDocument {
  const blocks = splitForms(ctx);
  const projectForms: ProjectForm[] = [];
  const departmentForms: DepartmentForm[] = [];
  for (const block of blocks) {
    if (block.kind === 'project') projectForms.push(readProjectForm(ctx, block, projectForms.length + 1));
    else departmentForms.push(readDepartmentForm(ctx, block));
  }
  if (blocks.length === 0)
    ctx.report(
      'field-missing',
      'error',
      '未找到任何申报表标题（应为“…绩效目标申报表”或“…项目绩效目标表”），没有读取到申报表',
      1,
    );
  const filler = blocks.find((b) => b.filler !== null)?.filler ?? null;
  return {
    schemaVersion: 1,
    kind: 'declaration-forms',
    source: base.source,
    template: 'hunan',
    title: base.title,
    year: base.year,
    ...(base.yearSource ? { yearSource: base.yearSource } : {}),
    department: filler ?? base.department,
    projectForms,
    departmentForms,
    diagnostics: ctx.diagnostics,
  };
}
