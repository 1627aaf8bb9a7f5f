// Building blocks shared by every document kind: amounts with their provenance, diagnostics.

import type { Decimal } from '../decimal.js';
import type { SourceRef } from '../source.js';
import type { MoneyUnit, Severity } from '../vocabulary.js';

/** An amount as read from a cell or a sentence: the exact value, the text as printed, and where. */
export interface Amount {
  value: Decimal;
  /** The text as printed, e.g. "6,563.63" or "15万". */
  text: string;
  /** The unit the value is in (the table's unit unless the text carried its own). */
  unit: MoneyUnit;
  source: SourceRef;
}

/** Inclusive 1-based line range. */
export interface LineRange {
  first: number;
  last: number;
}

/**
 * Something the importer noticed: a repair it made (severity info), a line it could not place or a
 * value it could not read (warning), or a part of the document that is missing (error).
 * `code` is stable and machine-readable; `message` is Chinese, for people.
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  source: SourceRef;
  /** The table or section concerned, by canonical name, when there is one. */
  table?: string;
}

export const DIAGNOSTIC_CODES = [
  /** A line that belongs to no known part of the document. */
  'unplaced-line',
  /** A table row whose cells were shifted and have been realigned. */
  'row-realigned',
  /** A row that could not be realigned or read; its content is kept in the diagnostic only. */
  'row-unreadable',
  /** A row repeated at the top of a continuation page, merged with the one before. */
  'row-repeated',
  /** A cell whose value could not be read as the column requires (e.g. text in an amount column). */
  'cell-unreadable',
  /** Words broken by spaces or line wraps, joined. */
  'words-joined',
  /** A table continued over pages, stitched. */
  'table-continued',
  /** A standard table that is absent from the document. */
  'table-missing',
  /** A narrative section that is absent. */
  'section-missing',
  /** The document ends before its expected end (truncated). */
  'document-truncated',
  /** A project whose indicator rows stop early or are missing. */
  'rows-missing',
  /** A cell or text that was cut off. */
  'text-cut',
  /** A sentence broken across a page break, joined. */
  'sentence-joined',
  /** A cell whose content spilled onto separate lines (e.g. a quoted multi-line cell), reattached. */
  'cell-reattached',
  /** Markup (markdown, checkbox HTML, quotes) removed or interpreted. */
  'markup-removed',
  /** A heading or field expected by the form is absent. */
  'field-missing',
  /** The file holds several documents one after another (the same opening printed again). */
  'document-repeated',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];
