// A document as grids: the department budget's preface and its standard tables in template order,
// the key-project list, or the declaration forms in the order they were printed. Both the text and
// the XLSX publishers render from this, so their two outputs cannot drift apart.

import type {
  BudgetDocument,
  DeclarationFormsDocument,
  DepartmentBudgetDocument,
} from '../../core/model/document.js';
import { isTabledDocument } from '../../core/model/document.js';
import { HUNAN } from '../../core/templates/hunan.js';
import { templateById } from '../../core/templates/registry.js';
import { sheetName } from './cells.js';
import { departmentFormGrid, projectFormGrid } from './forms.js';
import { departmentPreface } from './preface.js';
import { amountGrid, balanceGrid } from './tables.js';
import { keyProjectsGrid, projectTargetsGrid, unitTargetsGrid } from './targets.js';
import { templateGrids } from './template-document.js';
import type { Grid, GridDocument } from './types.js';

export type { Grid, GridCell, GridDocument, GridMerge } from './types.js';

export function documentGrids(doc: BudgetDocument): GridDocument {
  if (doc.kind === 'department-budget' && templateById(doc.template) === HUNAN) return departmentGrids(doc);
  if (isTabledDocument(doc)) return templateGrids(doc);
  if (doc.kind === 'key-projects')
    return { preface: [], grids: [keyProjectsGrid(doc, sheetName('重大政策和重点项目绩效目标', new Set()))] };
  return { preface: [], grids: formGrids(doc) };
}

function departmentGrids(doc: DepartmentBudgetDocument): GridDocument {
  const template = templateById(doc.template);
  const used = new Set<string>();
  const grids: Grid[] = [];
  for (const t of template.tables) {
    const table = doc.tables[t.id];
    if (!table) continue;
    const sheet = sheetName(`${t.no} ${t.name}`, used);
    if (table.shape === 'balance') grids.push(balanceGrid(table, sheet));
    else if (table.shape === 'amounts')
      grids.push(amountGrid(table, t.shape === 'amounts' ? t : undefined, sheet));
    else if (t.shape === 'targets' && t.target === 'unit')
      grids.push(unitTargetsGrid(doc.unitTargets, table, sheet));
    else grids.push(projectTargetsGrid(doc, table, sheet));
  }
  return { preface: departmentPreface(doc, template), grids };
}

/** Forms in the order they were printed (by their title's line), project forms first on a tie. */
function formGrids(doc: DeclarationFormsDocument): Grid[] {
  const used = new Set<string>();
  const forms = [...doc.projectForms, ...doc.departmentForms]
    .map((form, i) => ({ form, i }))
    .sort((a, b) => a.form.title.source.line - b.form.title.source.line || a.i - b.i);
  let projectNo = 0;
  return forms.map(({ form }) => {
    if (form.kind === 'project') {
      projectNo++;
      return projectFormGrid(form, sheetName(`项目${projectNo} ${form.name.value}`, used));
    }
    return departmentFormGrid(
      form,
      sheetName(`整体 ${form.unit?.value ?? doc.department?.value ?? ''}`, used),
    );
  });
}
