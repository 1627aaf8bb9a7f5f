// A budget or final accounts in a layout other than Hunan's, as grids in the layout of its template:
// the cover (title and department as the template prints them), the contents as printed, the
// explanation's sections that come before the tables, the tables in the template's order, and the
// sections printed after them (Shanghai's 其他相关情况说明 and 项目经费情况说明, the final accounts'
// 情况说明 and 名词解释). The text printed is the model's, so the text form reads back to the same model.

import type { TabledDocument } from '../../core/model/document.js';
import type { NarrativeSection } from '../../core/model/narrative.js';
import { templateById } from '../../core/templates/registry.js';
import type { Template } from '../../core/templates/template.js';
import { flatText, sheetName } from './cells.js';
import { printedContents } from './preface.js';
import { amountGrid, balanceGrid } from './tables.js';
import type { Grid, GridDocument } from './types.js';

/** The cover: the department above the title, or the title with a "预算主管部门：…" line under it. */
function cover(doc: TabledDocument, template: Template): string[] {
  const dep = doc.department?.value;
  const title = doc.title?.value ?? '';
  if (template.coverLabel)
    return [flatText(title), '', ...(dep ? [`${template.coverLabel}：${flatText(dep)}`, ''] : [])];
  const own = dep && title.startsWith(dep) && title.length > dep.length ? title.slice(dep.length) : title;
  return [...(dep ? [flatText(dep), ''] : []), flatText(own), ''];
}

function sectionLines(sections: readonly NarrativeSection[]): string[] {
  const lines: string[] = [];
  for (const s of sections) {
    lines.push(flatText(s.heading.value), '');
    // A paragraph with tabs is a row of a small table the section prints: its cells stay cells.
    for (const p of s.paragraphs)
      lines.push(p.text.includes('\t') ? p.text.replace(/[\r\n\f]+/g, ' ') : flatText(p.text), '');
  }
  return lines;
}

export function templateGrids(doc: TabledDocument): GridDocument {
  const template = templateById(doc.template);
  const firstTable = Math.min(...Object.values(doc.tables).map((t) => t?.title.source.line ?? Infinity));
  const before = doc.narrative.sections.filter((s) => s.heading.source.line < firstTable);
  const after = doc.narrative.sections.filter((s) => s.heading.source.line >= firstTable);
  const parts = doc.parts ?? [];
  const partBefore = parts.filter((p) => p.source.line < firstTable).map((p) => flatText(p.value));
  const preface = [
    ...cover(doc, template),
    ...(doc.contents?.length ? ['目录', '', ...printedContents(doc.contents)] : []),
    ...partBefore.slice(0, 1).flatMap((p) => [p, '']),
    ...sectionLines(before),
    ...partBefore.slice(1).flatMap((p) => [p, '']),
  ];
  const used = new Set<string>();
  const grids: Grid[] = [];
  for (const t of template.tables) {
    const table = doc.tables[t.id];
    if (!table) continue;
    const sheet = sheetName(`${t.no} ${t.name}`, used);
    if (table.shape === 'balance') grids.push(balanceGrid(table, sheet));
    else if (table.shape === 'amounts')
      grids.push(amountGrid(table, t.shape === 'amounts' ? t : undefined, sheet));
  }
  const partAfter = parts.filter((p) => p.source.line >= firstTable);
  const epilogue: string[] = [];
  for (const s of after) {
    const part = partAfter.find(
      (p) => p.source.line < s.heading.source.line && !epilogue.includes(flatText(p.value)),
    );
    if (part) epilogue.push(flatText(part.value), '');
    epilogue.push(...sectionLines([s]));
  }
  return { preface, grids, epilogue };
}
