// Fixtures for the target, narrative and declaration-form rules' tests: the four corpus documents as
// imported, and mutations of their text (change a cell or a phrase, delete a line) imported again,
// so that each test proves a rule catches a real-looking defect at a real line.

import type { BudgetDocument } from '../core/model/document.js';
import { importText } from '../importers/index.js';
import { review } from '../rules/engine.js';
import type { Finding, Rule } from '../rules/rule.js';
import { CORPUS, corpusText, importCorpus } from './corpus.js';
import type { CorpusName } from './corpus.js';

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
