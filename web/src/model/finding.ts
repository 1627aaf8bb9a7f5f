// A review finding as the API returns it (rules/rule.ts Finding), and where it is pinned in a rendered
// document: the source line of the cell, row or indicator it is about (the first of `lines`), else the
// project or indicator by name.
import type { Severity } from './json';

export interface FindingJson {
  rule: string;
  category?: string;
  severity: Severity;
  message: string;
  lines: readonly number[];
  table?: string;
  unit?: string;
  project?: string;
  indicator?: string;
  found?: string;
  expected?: string;
  difference?: string;
  /** The unit's explanation (workflow), when it gave one. */
  explanation?: string | null;
  id?: string | number;
}

/** The DOM id of the element a source line is rendered in (rows, cells, indicators, paragraphs). */
export const lineAnchor = (line: number): string => `src-${line}`;

/** The line a finding is pinned to, or null when it names no line. */
export const pinnedLine = (f: FindingJson): number | null => f.lines[0] ?? null;
