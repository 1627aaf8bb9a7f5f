// One self-contained HTML page for any document kind: a department budget (Part 1 generated from the
// figures, Part 2's ten tables), the key-projects list, or the declaration forms. Pure and fast:
// model in, string out (inline CSS and SVG; no script, no external resource).

import { isTabledDocument } from '../../core/model/document.js';
import type { BudgetDocument } from '../../core/model/document.js';
import { DOCUMENT_KIND_LABELS } from '../../core/vocabulary.js';
import { renderDeclarationForms } from './declaration-forms.js';
import { renderDepartmentBudget } from './department-budget.js';
import { renderKeyProjects } from './key-projects.js';
import { page } from './page.js';
import type { BannerFinding } from './page.js';
import { renderTemplateDocument } from './template-document.js';
import { templateOf } from './template-of.js';

export { bannerText } from './page.js';
export type { BannerFinding } from './page.js';
export { esc } from './escape.js';

export interface HtmlOptions {
  /**
   * Error-level review findings left unresolved (publishing with --force): the page then opens
   * with a banner "本文件含未解决的审核错误 N 项" listing them.
   */
  unresolvedErrors?: readonly BannerFinding[];
}

export function renderHtml(doc: BudgetDocument, options: HtmlOptions = {}): string {
  const unresolvedErrors = options.unresolvedErrors ?? [];
  const year = doc.year === null ? '' : `${doc.year}年`;
  if (isTabledDocument(doc) && (doc.kind !== 'department-budget' || templateOf(doc).narrative)) {
    const template = templateOf(doc);
    const department = doc.department?.value ?? '';
    const title = doc.title?.value ?? `${department}${year}${DOCUMENT_KIND_LABELS[doc.kind]}`;
    return page({
      title: title.startsWith(department) ? title : `${department} ${title}`,
      heading: department || title,
      subheading: department && title !== department ? title.replace(department, '') || null : null,
      content: renderTemplateDocument(doc, template),
      sourceFile: doc.source.file,
      unresolvedErrors,
    });
  }
  if (doc.kind === 'department-budget') {
    const department = doc.department?.value ?? '';
    return page({
      title: `${department}${year}部门预算公开`,
      heading: department || `${year}部门预算公开`,
      subheading: department ? `${year}部门预算公开` : null,
      content: renderDepartmentBudget(doc, templateOf(doc)),
      sourceFile: doc.source.file,
      unresolvedErrors,
    });
  }
  if (doc.kind === 'key-projects') {
    const title = doc.title?.value ?? `${year}度重大政策和重点项目绩效目标`;
    // The list opens with its own title; a cover repeating it would only push the table down.
    return page({
      title,
      heading: null,
      subheading: null,
      content: renderKeyProjects(doc),
      sourceFile: doc.source.file,
      unresolvedErrors,
    });
  }
  const department = doc.department?.value ?? '';
  return page({
    title: `${department}${year}度预算绩效目标申报表`,
    heading: department || '预算绩效目标申报表',
    subheading: `${year}度预算绩效目标申报表`,
    content: renderDeclarationForms(doc),
    sourceFile: doc.source.file,
    unresolvedErrors,
  });
}
