// Fixtures for the rules' tests: the four corpus documents as imported, and mutations of their text
// (change a cell or a phrase, delete a line) imported again, so that each test proves a rule catches
// a real-looking defect at a real line.

import { expect, it } from 'vitest';
import type { BudgetDocument, DepartmentBudgetDocument } from '../core/model/document.js';
import { importText } from '../importers/index.js';
import { review } from '../rules/engine.js';
import type { Finding, Rule } from '../rules/rule.js';
import { CORPUS, corpusText, importCorpus } from './corpus.js';
import type { CorpusName } from './corpus.js';

/** What each corpus document is; a mutation that changes it would test the wrong importer. */
const KIND: Record<CorpusName, BudgetDocument['kind']> = {
  bangongting: 'department-budget',
  beijing: 'department-budget',
  keyProjects: 'key-projects',
  xiangyin: 'declaration-forms',
};

const cache = new Map<CorpusName, BudgetDocument>();

/** The corpus document as imported (once per test file). */
export function corpusDoc(name: CorpusName): BudgetDocument {
  let d = cache.get(name);
  if (!d) {
    d = importCorpus(name);
    cache.set(name, d);
  }
  return d;
}

/** A corpus department budget as imported, typed as one (for tests that read its tables). */
export function department(name: 'bangongting' | 'beijing'): DepartmentBudgetDocument {
  const d = corpusDoc(name);
  if (d.kind !== 'department-budget') throw new Error(`${name} is ${d.kind}`);
  return d;
}

/** A line edit: the 1-based line (of the original text) and its new text (null deletes the line). */
export type LineEdit = [line: number, edit: (old: string) => string | null];

/** The corpus text with edits applied, imported again. */
export function mutatedDoc(name: CorpusName, ...edits: LineEdit[]): BudgetDocument {
  const lines: (string | null)[] = corpusText(name).split('\n');
  for (const [no, edit] of edits) {
    const old = lines[no - 1];
    if (old === undefined || old === null) throw new Error(`no line ${no} in ${name}`);
    lines[no - 1] = edit(old);
  }
  const r = importText(lines.filter((l): l is string => l !== null).join('\n'), { file: CORPUS[name] });
  if (!r.ok) throw new Error(`mutated ${name} did not import: ${r.error.code}`);
  if (r.document.kind !== KIND[name]) throw new Error(`mutated ${name} imported as ${r.document.kind}`);
  return r.document;
}

/** Replaces a phrase in the line; throws if the line does not hold it (the fixture would prove nothing). */
export function replace(expect: string, value: string): (old: string) => string {
  return (old) => {
    if (!old.includes(expect)) throw new Error(`line does not hold "${expect}": ${old.slice(0, 80)}`);
    return old.replace(expect, value);
  };
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

/** The findings of one rule on a document. */
export function findingsOf(rule: Rule, doc: BudgetDocument): Finding[] {
  return review(doc, { rules: [rule] });
}

/** The test most table rules open with: no finding in corpus documents whose figures agree. */
export function itFindsNothingIn(names: readonly CorpusName[], rule: Rule): void {
  it.each(names)('finds nothing in the %s document, whose figures agree', (name) => {
    expect(findingsOf(rule, corpusDoc(name))).toEqual([]);
  });
}

/** Rule, severity and lines of each finding: the shape the expected-findings tests compare. */
export function brief(findings: readonly Finding[]): { rule: string; severity: string; lines: number[] }[] {
  return findings.map((f) => ({ rule: f.rule, severity: f.severity, lines: f.lines }));
}

/** What a reader sees of a finding: no rule id or category (the test names the rule). */
export function shown(findings: readonly Finding[]): Partial<Finding>[] {
  return findings.map((f) => {
    const out: Partial<Finding> = { severity: f.severity, lines: f.lines, message: f.message };
    for (const k of ['table', 'unit', 'project', 'indicator', 'found', 'expected', 'difference'] as const) {
      if (f[k] !== undefined) out[k] = f[k];
    }
    return out;
  });
}

/** Findings as "line severity: message", compact for tests that list several. */
export function lines(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.lines[0] ?? 0} ${f.severity}: ${f.message}`);
}
