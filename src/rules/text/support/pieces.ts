// The words of a document as the text rules read them: every text the model holds (cover, contents,
// part and section headings, paragraphs, table titles and unit lines, notes, row names, target and
// form texts), each with its role and its place. A piece joined from several printed lines keeps the
// segments that say where each line starts, so a finding inside it points at its own line.

import { isTabledDocument } from '../../../core/model/document.js';
import type { BudgetDocument, TabledDocument } from '../../../core/model/document.js';
import type { DepartmentForm, ProjectForm } from '../../../core/model/forms.js';
import type { Indicator, PerformanceTarget } from '../../../core/model/targets.js';
import { sourceAtOffset } from '../../../core/source.js';
import type { Located, SourceRef, TextSegment } from '../../../core/source.js';
import { perObject } from '../../support/memo.js';

export const TEXT_ROLES = [
  'title',
  'cover',
  'contents',
  'part',
  'heading',
  'paragraph',
  'table-title',
  'table-unit-line',
  'table-note',
  'row',
  'target',
  'form',
] as const;
export type TextRole = (typeof TEXT_ROLES)[number];

/** Roles whose text is a heading or title rather than prose. */
export const HEADING_ROLES: readonly TextRole[] = ['title', 'contents', 'part', 'heading', 'table-title'];

export interface TextPiece {
  role: TextRole;
  text: string;
  source: SourceRef;
  segments?: readonly TextSegment[];
  /** For a paragraph or heading of the explanation: the section's key. */
  section?: string;
  table?: string;
  unit?: string;
  project?: string;
  indicator?: string;
}

/** The place of the character at `offset` of a piece. */
export function sourceOf(piece: TextPiece, offset: number): SourceRef {
  return sourceAtOffset(piece.segments, offset, piece.source);
}

/** The line of the character at `offset` of a piece. */
export function lineOf(piece: TextPiece, offset: number): number {
  return sourceOf(piece, offset).line;
}

function located(role: TextRole, l: Located<string> | null, extra: Partial<TextPiece> = {}): TextPiece[] {
  return l && l.value.trim() !== '' ? [{ role, text: l.value, source: l.source, ...extra }] : [];
}

function indicatorPieces(indicators: readonly Indicator[], extra: Partial<TextPiece>): TextPiece[] {
  const out: TextPiece[] = [];
  for (const i of indicators) {
    if (i.placeholder) continue;
    const indicator = i.name ?? i.level2Text ?? undefined;
    for (const text of [i.name, i.value, i.content, i.scoring]) {
      if (text && text.trim() !== '')
        out.push({ role: 'target', text, source: i.source, ...extra, ...(indicator ? { indicator } : {}) });
    }
  }
  return out;
}

function targetPieces(targets: readonly PerformanceTarget[]): TextPiece[] {
  return targets.flatMap((t) => {
    const extra: Partial<TextPiece> = { project: t.name.value };
    const unit = t.unitCode ?? t.unitName ?? t.department;
    if (unit) extra.unit = unit;
    return [
      ...located('target', t.name, extra),
      ...located('target', t.goal, extra),
      ...indicatorPieces(t.indicators, extra),
    ];
  });
}

function departmentPieces(doc: TabledDocument): TextPiece[] {
  const out: TextPiece[] = [...located('title', doc.title), ...located('cover', doc.department)];
  for (const e of doc.contents ?? []) out.push({ role: 'contents', text: e.text, source: e.source });
  for (const p of doc.parts ?? []) out.push(...located('part', p));
  for (const s of doc.narrative.sections) {
    out.push(...located('heading', s.heading, { section: s.key }));
    for (const p of s.paragraphs) {
      const piece: TextPiece = {
        role: 'paragraph',
        text: p.text,
        source: { line: p.lines.first },
        section: s.key,
      };
      if (p.segments) piece.segments = p.segments;
      out.push(piece);
    }
  }
  for (const t of Object.values(doc.tables)) {
    if (!t) continue;
    const table = t.name;
    const headings = t.headings ?? [{ title: t.title, department: null }];
    for (const h of headings) {
      out.push(...located('table-title', h.title, { table }));
      if (h.department)
        out.push({ role: 'table-unit-line', text: h.department.value, source: h.department.source, table });
    }
    out.push(...located('table-note', t.note, { table }));
    if (t.shape === 'amounts')
      for (const r of t.rows) if (r.name) out.push({ role: 'row', text: r.name, source: r.source, table });
    if (t.shape === 'balance')
      for (const e of [...t.income, ...t.expenditure])
        if (e.label) out.push({ role: 'row', text: e.label, source: e.source, table });
  }
  if (doc.kind !== 'final-accounts')
    out.push(...targetPieces(doc.projectTargets), ...targetPieces(doc.unitTargets));
  return out;
}

function formPieces(form: ProjectForm | DepartmentForm): TextPiece[] {
  const project = form.kind === 'project' ? { project: form.name.value } : {};
  const table = form.kind === 'project' ? '项目支出绩效目标申报表' : '部门整体支出绩效目标申报表';
  const fields: (Located<string> | null)[] =
    form.kind === 'project'
      ? [
          form.name,
          form.competentDepartment,
          form.period,
          form.overview,
          form.basis,
          form.measures,
          form.longTermGoal,
          form.annualGoal,
          form.otherNotes,
          form.reviewOpinion,
        ]
      : [form.unit, form.duties, form.goal, form.otherNotes, form.reviewOpinion];
  return [
    ...located('title', form.title, { ...project, table }),
    ...fields.flatMap((f) => located('form', f, project)),
    ...indicatorPieces(form.indicators, project),
  ];
}

/** Every text of the document, in the order of the model (cover, contents, explanation, tables, targets). */
function textPiecesUncached(doc: BudgetDocument): TextPiece[] {
  if (isTabledDocument(doc)) return departmentPieces(doc);
  if (doc.kind === 'key-projects')
    return [
      ...located('title', doc.title),
      ...targetPieces(doc.projects),
      ...located('table-note', doc.note),
    ];
  // The document's title is the first form's title: read once, as the form's.
  const forms = [...doc.projectForms, ...doc.departmentForms];
  const titleIsForm = forms.some((f) => f.title.source.line === doc.title?.source.line);
  return [
    ...(titleIsForm ? [] : located('title', doc.title)),
    ...located('cover', doc.department),
    ...doc.projectForms.flatMap(formPieces),
    ...doc.departmentForms.flatMap(formPieces),
  ];
}

/** textPieces, computed once per document and shared by the rules that read it. */
export const textPieces = perObject(textPiecesUncached);
