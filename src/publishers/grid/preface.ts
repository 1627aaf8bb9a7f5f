// The lines before the tables of a department budget: the cover (department, "2024年部门预算公开"),
// the contents, and Part 1 — each narrative section's heading and paragraphs as the model holds
// them, one paragraph per line with a blank line between, as the documents print them.

import type { ContentsEntry } from '../../core/model/contents.js';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { NARRATIVE_SECTIONS } from '../../core/model/narrative.js';
import type { Template } from '../../core/templates/template.js';
import { chineseNumeral } from '../../core/text.js';
import { flatText } from './cells.js';

/** The cover title after the department's name: the model's title less the department, as printed. */
function coverTitle(doc: DepartmentBudgetDocument, yearText: string): string {
  const title = doc.title?.value;
  const dep = doc.department?.value;
  if (title && dep && title.startsWith(dep) && title.length > dep.length) return title.slice(dep.length);
  return title ?? `${yearText}部门预算公开`;
}

export function departmentPreface(doc: DepartmentBudgetDocument, template: Template): string[] {
  const y = doc.year === null ? '' : `${doc.year}年`;
  const lines: string[] = [];
  const dep = doc.department?.value;
  if (dep) lines.push(flatText(dep), '');
  lines.push(flatText(coverTitle(doc, y)), '');
  lines.push('目录', '');
  lines.push(...(doc.contents?.length ? printedContents(doc.contents) : templateContents(template, y)));
  const [part1, part2] = doc.parts?.length ? doc.parts.map((p) => flatText(p.value)) : [];
  lines.push(part1 ?? '第一部分 部门预算公开说明', '');
  for (const section of doc.narrative.sections) {
    lines.push(flatText(section.heading.value), '');
    for (const p of section.paragraphs) lines.push(flatText(p.text), '');
  }
  lines.push(part2 ?? `第二部分 ${y}部门预算表`, '');
  return lines;
}

/** The contents as the document printed them: parts and notes as lines, sections and tables as list items. */
export function printedContents(entries: readonly ContentsEntry[]): string[] {
  const lines: string[] = [];
  for (const e of entries) {
    const text = flatText(e.text);
    if (e.kind === 'part' || e.kind === 'other') lines.push(...(lines.length ? [''] : []), text, '');
    else lines.push(`- ${text}`);
  }
  return [...lines, ''];
}

/** The contents the template prescribes, for a model that does not carry the printed ones. */
function templateContents(template: Template, y: string): string[] {
  const lines = [`第一部分 ${y}部门预算说明`, ''];
  for (const s of NARRATIVE_SECTIONS) lines.push(`- ${chineseNumeral(s.no)}、${s.title}`);
  lines.push('', `第二部分 ${y}部门预算表`, '');
  for (const t of template.tables) lines.push(`- ${chineseNumeral(t.no)}、${t.name}`);
  lines.push('', '注：以上部门预算报表中，空表表示本部门无相关收支情况', '');
  return lines;
}
