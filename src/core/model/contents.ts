// The framing text of a document around its parts: the table of contents (目录) as printed and the
// part headings of the body (第一部分 …, 第二部分 2024 年部门预算表). Reviewers check the contents
// against the tables present and the years printed in headings against the document's year.

import type { SourceRef } from '../source.js';
import type { TableId } from '../templates/template.js';

export const CONTENTS_ENTRY_KINDS = ['part', 'section', 'table', 'other'] as const;
export type ContentsEntryKind = (typeof CONTENTS_ENTRY_KINDS)[number];

/** One line of the table of contents. */
export interface ContentsEntry {
  /** The entry as printed, markup, list marks, dot leaders and page numbers removed ("一、部门收支总表"). */
  text: string;
  /** What the entry lists: a part of the document, a section of the explanation, a standard table. */
  kind: ContentsEntryKind;
  /** The standard table it names, when the template knows the name. */
  table?: TableId;
  /** The page number printed after the entry, if any. */
  page?: number;
  source: SourceRef;
}
