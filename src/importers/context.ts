// What an importer carries while it reads one document: the lines and the diagnostics it reports.
// Importers report expected problems here rather than throwing.

import type { Diagnostic, DiagnosticCode } from '../core/model/common.js';
import type { Severity } from '../core/vocabulary.js';
import type { SourceLine } from './lines.js';

export class ImportContext {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    readonly lines: readonly SourceLine[],
  ) {}

  report(
    code: DiagnosticCode,
    severity: Severity,
    message: string,
    line: number,
    extra: { column?: number; table?: string } = {},
  ): void {
    const d: Diagnostic = { code, severity, message, source: { line } };
    if (extra.column !== undefined) d.source.column = extra.column;
    if (extra.table !== undefined) d.table = extra.table;
    this.diagnostics.push(d);
  }

  line(no: number): SourceLine | undefined {
    return this.lines[no - 1];
  }
}

/** Short quotation of a line for messages: the cleaned text, cut to `max` characters. */
export function quote(text: string, max = 40): string {
  const t = text.replace(/\t+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
