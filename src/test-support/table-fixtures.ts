// Fixtures for the table rules' tests: the corpus department budgets as imported, and mutations of
// their text (change a cell, delete a line) imported again, so that each test proves a rule catches a
// real-looking defect at a real line.

import type { DepartmentBudgetDocument } from '../core/model/document.js';
import { importText } from '../importers/index.js';
import { review } from '../rules/engine.js';
import type { Finding, Rule } from '../rules/rule.js';
import { CORPUS, corpusText, importDepartment } from './corpus.js';

export type DepartmentName = 'bangongting' | 'beijing';

const cache = new Map<DepartmentName, DepartmentBudgetDocument>();

/** The corpus document as imported (imported once per test file). */
export function department(name: DepartmentName): DepartmentBudgetDocument {
  let d = cache.get(name);
  if (!d) {
    d = importDepartment(name);
    cache.set(name, d);
  }
  return d;
}

/** A line edit: the 1-based line and a function of its old text (return null to delete the line). */
export type LineEdit = [line: number, edit: (old: string) => string | null];

/** The corpus text with edits applied (line numbers refer to the original text), imported again. */
export function mutated(name: DepartmentName, ...edits: LineEdit[]): DepartmentBudgetDocument {
  const lines: (string | null)[] = corpusText(name).split('\n');
  for (const [no, edit] of edits) {
    const old = lines[no - 1];
    if (old === undefined || old === null) throw new Error(`no line ${no} in ${name}`);
    lines[no - 1] = edit(old);
  }
  const r = importText(lines.filter((l): l is string => l !== null).join('\n'), { file: CORPUS[name] });
  if (!r.ok || r.document.kind !== 'department-budget') throw new Error(`mutated ${name} did not import`);
  return r.document;
}

/** Replaces the tab-separated cell at a 1-based column; throws if the cell does not hold `expect`. */
export function setCell(column: number, expect: string, value: string): (old: string) => string {
  return (old) => {
    const cells = old.split('\t');
    if (cells[column - 1] !== expect)
      throw new Error(`cell ${column} is "${cells[column - 1]}", not "${expect}"`);
    cells[column - 1] = value;
    return cells.join('\t');
  };
}

export const deleteLine = (): null => null;

/** The findings of one rule. */
export function findingsOf(rule: Rule, doc: DepartmentBudgetDocument): Finding[] {
  return review(doc, { rules: [rule] });
}

/** Rule, severity and lines of each finding: the shape the expected-findings tests compare. */
export function brief(findings: readonly Finding[]): { rule: string; severity: string; lines: number[] }[] {
  return findings.map((f) => ({ rule: f.rule, severity: f.severity, lines: f.lines }));
}

/** What a reader sees of a finding: severity, lines, table, unit, message and the three figures. */
export function shown(findings: readonly Finding[]): Partial<Finding>[] {
  return findings.map((f) => ({
    severity: f.severity,
    lines: f.lines,
    table: f.table,
    unit: f.unit,
    message: f.message,
    found: f.found,
    expected: f.expected,
    difference: f.difference,
  }));
}
