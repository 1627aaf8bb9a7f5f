// Access to the figures Part 1 states and the comparison of one of them with a figure of Part 2.
// A finding about the narrative points at the sentence first and the table cell second, and shows the
// narrative's figure as found and the table's as expected.

import { Decimal } from '../../core/decimal.js';
import type { Amount } from '../../core/model/common.js';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { FactKey, NarrativeFact, NarrativeParagraph } from '../../core/model/narrative.js';
import type { SourceRef } from '../../core/source.js';
import { money, signed } from '../compare.js';
import type { FindingDraft } from '../rule.js';
import { cell } from '../../core/model/access.js';

/** The first fact with this key that is not qualified by a class name. */
export function fact(doc: DepartmentBudgetDocument, key: FactKey): NarrativeFact | null {
  return doc.narrative.facts.find((f) => f.key === key && f.qualifier === undefined) ?? null;
}

/** The paragraph of Part 1 that holds a line, if any. */
export function paragraphAt(doc: DepartmentBudgetDocument, line: number): NarrativeParagraph | null {
  for (const s of doc.narrative.sections) {
    for (const p of s.paragraphs) if (p.lines.first <= line && line <= p.lines.last) return p;
  }
  return null;
}

/** Amount text: "6,563.63 万元" for money, "22 辆" for counts, "2.41%" for per cent. */
export function shown(value: Decimal, unit: string): string {
  if (unit === '%') return `${value.toFixed(Math.max(2, value.scale))}%`;
  if (unit === '万元') return `${money(value)} 万元`;
  return `${value.toString()} ${unit}`;
}

export interface Comparison {
  fact: NarrativeFact;
  /** The figure the narrative should state, and where it is printed. */
  expected: Decimal;
  expectedLine: number | null;
  /** "部门收支总表“本年收入合计”". */
  expectedLabel: string;
  table?: string;
}

/** A finding when the narrative's figure differs from the expected one; null when they agree. */
export function compareFact(c: Comparison): FindingDraft | null {
  const diff = c.fact.value.sub(c.expected);
  if (diff.isZero()) return null;
  const unit = c.fact.unit;
  const draft: FindingDraft = {
    message: `部门预算说明“${c.fact.text}”与${c.expectedLabel} ${shown(c.expected, unit)} 不一致，相差 ${signed(diff)}`,
    lines:
      c.expectedLine !== null && c.expectedLine !== c.fact.source.line
        ? [c.fact.source.line, c.expectedLine]
        : [c.fact.source.line],
    found: unit === '万元' ? money(c.fact.value) : c.fact.value.toString(),
    expected: unit === '万元' ? money(c.expected) : c.expected.toString(),
    difference: signed(diff),
  };
  if (c.table !== undefined) draft.table = c.table;
  return draft;
}

export interface CellComparison extends Omit<Comparison, 'expected' | 'expectedLine'> {
  /** The table row or balance entry that holds the expected figure; null when the table has none. */
  row: { amounts: Record<string, Amount | null>; source: SourceRef } | null;
  column: string;
  /** Where the figure would be when there is no row (the table's title), if anywhere. */
  rowMissingLine?: number;
}

/** compareFact against a table cell: a blank cell or missing row is zero, pointed at by its row. */
export function compareFactWithCell(c: CellComparison): FindingDraft | null {
  const a = cell(c.row, c.column);
  return compareFact({
    fact: c.fact,
    expected: a?.value ?? Decimal.ZERO,
    expectedLine: a?.source.line ?? c.row?.source.line ?? c.rowMissingLine ?? null,
    expectedLabel: c.expectedLabel,
    table: c.table,
  });
}
