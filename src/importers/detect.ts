// What a document is, from what it prints — never from a word in a title alone: a budget or final
// accounts when the tables of a template follow their titles (the template printing the most of its
// tables wins), a key-project list when its header row is there, declaration or target forms when a
// form's title and its fields are. Anything else is refused, saying what was looked for.

import { compact } from '../core/text.js';
import type { TableId, Template } from '../core/templates/template.js';
import { TEMPLATES } from '../core/templates/registry.js';
import type { DocumentKind } from '../core/vocabulary.js';
import type { SourceLine } from './lines.js';
import { matchTitle, titleLines } from './department-budget/pages.js';
import { FORM_TITLE } from './declaration-forms/blocks.js';

export type Detected =
  | { kind: 'key-projects' | 'declaration-forms' }
  | {
      kind: Exclude<DocumentKind, 'key-projects' | 'declaration-forms'>;
      template: Template;
      tables: TableId[];
    };

export type Detection = { ok: true; detected: Detected } | { ok: false; message: string };

/** The template's tables the document prints: titles followed by rows. */
function tablesPrinted(lines: readonly SourceLine[], template: Template): TableId[] {
  const ids: TableId[] = [];
  for (const i of titleLines(lines, template)) {
    const line = lines[i];
    const id = line ? matchTitle(line, template)?.table.id : undefined;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

const KEY_PROJECTS_HEADER = '主管单位项目名称资金总额绩效目标';
/** Labels of a form's fields, one of which a form's rows print. */
const FORM_FIELDS = new Set(['项目名称', '预算单位', '部门名称', '单位名称']);

function isKeyProjectList(lines: readonly SourceLine[]): boolean {
  return lines.some((l) => l.tabular && compact(l.text).startsWith(KEY_PROJECTS_HEADER));
}

function isForms(lines: readonly SourceLine[]): boolean {
  const titled = lines.some((l) => {
    if (l.blank || !l.text.includes('表')) return false;
    const cells = l.cells.filter((c) => c.text !== '');
    return cells.length === 1 && FORM_TITLE.test(compact(l.text));
  });
  const fields = lines.some(
    (l) =>
      l.tabular && l.cells.some((c) => FORM_FIELDS.has(compact(c.text))) && /项目|预算单位|部门/.test(l.text),
  );
  return titled && fields;
}

export function detect(lines: readonly SourceLine[], forced?: Template): Detection {
  const candidates = forced ? [forced] : TEMPLATES;
  let best: { template: Template; tables: TableId[] } | null = null;
  for (const template of candidates) {
    const tables = tablesPrinted(lines, template);
    if (!best || tables.length > best.tables.length) best = { template, tables };
  }
  if (best && best.tables.length >= best.template.minTables) {
    return { ok: true, detected: { kind: best.template.kind, template: best.template, tables: best.tables } };
  }
  if (isKeyProjectList(lines)) return { ok: true, detected: { kind: 'key-projects' } };
  if (isForms(lines)) return { ok: true, detected: { kind: 'declaration-forms' } };
  return { ok: false, message: notFound(best) };
}

/** What was looked for, and what of it was found. */
function notFound(best: { template: Template; tables: TableId[] } | null): string {
  const names = best
    ? best.tables.map((id) => best.template.tables.find((t) => t.id === id)?.name ?? id)
    : [];
  const found =
    best && names.length > 0
      ? `；只找到${names.length}张表（${names.join('、')}），至少需要${best.template.minTables}张`
      : '';
  return (
    '文件不是可识别的预算公开文档：未找到部门预算、单位预算或部门决算的表格（如“部门收支总体情况表”“部门财务收支预算总表”“收入支出决算总表”，标题后须接表格行）' +
    `${found}，也未找到重点项目绩效目标的表头（主管单位、项目名称、资金总额、绩效目标）或绩效目标申报表、项目绩效目标表（标题及“项目名称”等栏目）`
  );
}

/** The first four-digit year (2000–2099) written with 年 in the first lines. */
export function detectYear(lines: readonly SourceLine[]): { year: number; line: number } | null {
  for (const l of lines.slice(0, 80)) {
    const m = /(20\d{2})\s*年/.exec(l.text);
    if (m?.[1]) return { year: Number(m[1]), line: l.no };
  }
  return null;
}
