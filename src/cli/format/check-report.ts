// How `yusuan check` prints a reviewed document: human output grouped by table or project with the
// source lines quoted (and where they are in a PDF or workbook), the closing counts per severity, and
// the JSON form of a document's findings with fields in a stable order.

import type { DocumentKind, Finding, ReviewedDocument, Severity } from '../../app/index.js';
import { DOCUMENT_KIND_LABELS, SEVERITY_LABELS } from '../../app/index.js';

export const KIND_LABELS: Record<DocumentKind, string> = DOCUMENT_KIND_LABELS;

/** Quoted source lines per finding; the rest are counted. */
const MAX_QUOTED = 3;
const MAX_QUOTE_CHARS = 100;

export interface Style {
  severity(s: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export const plain: Style = { severity: (_s, t) => t, dim: (t) => t, bold: (t) => t };
const SEVERITY_COLOURS: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
export const colour: Style = {
  severity: (s, t) => `\x1b[${SEVERITY_COLOURS[s]}m${t}\x1b[0m`,
  dim: (t) => `\x1b[2m${t}\x1b[0m`,
  bold: (t) => `\x1b[1m${t}\x1b[0m`,
};

function groupKey(f: Finding): string {
  if (f.project) return `项目：${f.project}`;
  return f.table ?? '文档';
}

/** Where a line is: its page and box in a PDF, its sheet and cell in a workbook, else its number. */
export function lineLocation(doc: ReviewedDocument, line: number): string {
  const p = doc.linePositions[line - 1];
  if (p?.page !== undefined)
    return `第 ${p.page} 页${p.box ? ` [${p.box.join(', ')}]` : ''}（第 ${line} 行）`;
  if (p?.sheet !== undefined) return `工作表“${p.sheet}”${p.cell ? ` ${p.cell}` : ''}（第 ${line} 行）`;
  return `第 ${line} 行`;
}

function quote(doc: ReviewedDocument, line: number): string {
  const text = doc.sourceLines[line - 1] ?? '';
  return text.length > MAX_QUOTE_CHARS ? `${text.slice(0, MAX_QUOTE_CHARS)}…` : text;
}

export function formatDocument(doc: ReviewedDocument, style: Style): string {
  const out = [style.bold(`${doc.file}（${KIND_LABELS[doc.document.kind]}）`)];
  if (doc.findings.length === 0) out.push('  未发现问题');
  const groups = new Map<string, Finding[]>();
  for (const f of doc.findings) {
    const k = groupKey(f);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const width = String(doc.sourceLines.length).length;
  for (const [key, findings] of groups) {
    out.push(`  ${style.bold(key)}`);
    for (const f of findings) {
      const where = f.lines[0] !== undefined ? lineLocation(doc, f.lines[0]) : '';
      out.push(
        `    ${style.severity(f.severity, SEVERITY_LABELS[f.severity])} ${f.rule}  ${where}`.trimEnd(),
      );
      out.push(`      ${f.message}`);
      for (const l of f.lines.slice(0, MAX_QUOTED)) {
        out.push(style.dim(`      ${String(l).padStart(width)} │ ${quote(doc, l)}`));
      }
      if (f.lines.length > MAX_QUOTED) {
        out.push(
          style.dim(`      …另有 ${f.lines.length - MAX_QUOTED} 行：${f.lines.slice(MAX_QUOTED).join('、')}`),
        );
      }
    }
  }
  return out.join('\n');
}

export type SeverityCounts = Record<Severity, number>;

export function formatCounts(c: SeverityCounts, style: Style): string {
  return `合计：${style.severity('error', `${SEVERITY_LABELS.error} ${c.error}`)}，${style.severity(
    'warning',
    `${SEVERITY_LABELS.warning} ${c.warning}`,
  )}，${style.severity('info', `${SEVERITY_LABELS.info} ${c.info}`)}`;
}

const FINDING_KEYS: readonly (keyof Finding)[] = [
  'rule',
  'category',
  'severity',
  'message',
  'lines',
  'table',
  'unit',
  'project',
  'indicator',
  'found',
  'expected',
  'difference',
];

/** The finding with its fields in a stable, readable order (absent fields left out). */
export function ordered(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FINDING_KEYS) if (f[k] !== undefined) out[k] = f[k];
  // Fields added to Finding later are kept, after the known ones.
  for (const [k, v] of Object.entries(f)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

/** A reviewed document in --json output: file, kind and its findings. */
export function checkJsonDocument(r: ReviewedDocument): {
  file: string;
  kind: DocumentKind;
  findings: unknown[];
} {
  return { file: r.file, kind: r.document.kind, findings: r.findings.map(ordered) };
}
