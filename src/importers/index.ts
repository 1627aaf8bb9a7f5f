// The importer for text conversions of published disclosures: bytes in, a typed model out.
// Expected problems never throw: input that cannot be read as a document gives an ImportFailure with
// a stable code; problems inside a document become diagnostics on it.

import type { BudgetDocument } from '../core/model/document.js';
import type { Template } from '../core/templates/template.js';
import { HUNAN } from '../core/templates/hunan.js';
import { compact } from '../core/text.js';
import type { Located } from '../core/source.js';
import { ImportContext } from './context.js';
import { decode } from './decode.js';
import { detectKind, detectYear } from './detect.js';
import { lineText, splitLines, toLine } from './lines.js';
import type { SourceLine } from './lines.js';
import type { BaseInfo } from './base-info.js';
import { importDepartmentBudget } from './department-budget/index.js';
import { importKeyProjects } from './key-projects/index.js';
import { importDeclarationForms } from './declaration-forms/index.js';

export const IMPORT_FAILURES = ['empty-file', 'binary-data', 'not-a-budget-document'] as const;
export type ImportFailureCode = (typeof IMPORT_FAILURES)[number];

export interface ImportFailure {
  code: ImportFailureCode;
  /** Chinese, for people. */
  message: string;
}

export type ImportResult = { ok: true; document: BudgetDocument } | { ok: false; error: ImportFailure };

export interface ImportOptions {
  /** The file name as given by the user; recorded as the document's source. */
  file: string;
  template?: Template;
}

const FAILURE_MESSAGES: Record<ImportFailureCode, string> = {
  'empty-file': '文件为空，没有可导入的内容',
  'binary-data': '文件不是文本（含二进制数据），无法作为预算公开文本导入',
  'not-a-budget-document': '文件不是可识别的预算公开文档（部门预算、重点项目绩效目标或绩效目标申报表）',
};

export function failure(code: ImportFailureCode): ImportFailure {
  return { code, message: FAILURE_MESSAGES[code] };
}

export function importDocument(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, error: failure(decoded.reason) };
  return importText(decoded.text, options, decoded.encoding);
}

/** The first line yusuan writes on a document published with unresolved review errors. */
const UNRESOLVED_NOTICE = /^注[:：]本文件含未解决的审核错误\s*(\d+)\s*项$/;

export function importText(text: string, options: ImportOptions, encoding = 'utf-8'): ImportResult {
  const lines = splitLines(text);
  if (lines.every((l) => l.blank)) return { ok: false, error: failure('empty-file') };
  // The notice is about the publication, not part of the document: read past it (line numbers kept).
  const first = lines.find((l) => !l.blank);
  const notice = first && !first.tabular ? UNRESOLVED_NOTICE.exec(first.text.trim()) : null;
  if (first && notice) lines[first.no - 1] = toLine('', first.no);
  const kind = detectKind(lines);
  if (!kind) return { ok: false, error: failure('not-a-budget-document') };
  const ctx = new ImportContext(options.file, lines);
  if (first && notice) {
    ctx.report(
      'markup-removed',
      'info',
      `第${first.no}行为发布时所加标注（含未解决的审核错误 ${notice[1] ?? ''} 项），已略过`,
      first.no,
    );
  }
  const template = options.template ?? HUNAN;
  const base = readBaseInfo(lines, options.file, encoding);
  if (kind === 'department-budget')
    return { ok: true, document: importDepartmentBudget(ctx, base, template) };
  if (kind === 'key-projects') return { ok: true, document: importKeyProjects(ctx, base) };
  return { ok: true, document: importDeclarationForms(ctx, base) };
}

function readBaseInfo(lines: readonly SourceLine[], file: string, encoding: string): BaseInfo {
  // Both marks need a # or a *, which most lines lack.
  const markdown = lines.some(
    (l) => /[#*]/.test(l.raw) && (/^\s{0,3}#{1,6}\s/.test(l.raw) || /\*\*[^*]+\*\*/.test(l.raw)),
  );
  const year = detectYear(lines);
  const titleLine = lines.slice(0, 80).find((l) => !l.blank && !l.tabular && /年/.test(l.text));
  let department: Located<string> | null = null;
  if (titleLine && /部门预算公开/.test(compact(titleLine.text))) {
    const before = lines.slice(0, titleLine.no - 1).filter((l) => !l.blank);
    const last = before[before.length - 1];
    if (last && !last.tabular) department = { value: lineText(last), source: { line: last.no } };
  }
  const title: Located<string> | null = titleLine
    ? {
        value: (department ? department.value : '') + compact(titleLine.text),
        source: { line: titleLine.no },
      }
    : null;
  return {
    source: { file, encoding, lineCount: lines.length, flavour: markdown ? 'markdown' : 'plain' },
    title,
    year: year?.year ?? null,
    ...(year ? { yearSource: { line: year.line } } : {}),
    department,
  };
}
