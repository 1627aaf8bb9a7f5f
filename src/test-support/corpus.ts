// Test access to the real published documents in ../shared/corpus (never copied into the repository).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument } from '../importers/index.js';
import type {
  BudgetDocument,
  DeclarationFormsDocument,
  DepartmentBudgetDocument,
  KeyProjectsDocument,
} from '../core/model/document.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The shared folder beside the checkout: ../shared for /work/main, ../../shared for a worktree in /work/wt. */
function sharedFolder(name: string): string {
  const candidates = [resolve(here, '../../../shared', name), resolve(here, '../../../../shared', name)];
  return candidates.find((c) => existsSync(c)) ?? candidates[0] ?? name;
}

export const CORPUS_DIR = process.env['YUSUAN_CORPUS'] ?? sharedFolder('corpus');

export const CORPUS = {
  bangongting: 'changsha-2024-shizhengfu-bangongting.txt',
  beijing: 'changsha-2023-zhu-beijing-lianluochu.txt',
  keyProjects: 'changsha-2023-key-projects-targets.txt',
  xiangyin: 'xiangyin-2023-declaration-forms.txt',
} as const;
export type CorpusName = keyof typeof CORPUS;

export function corpusPath(name: CorpusName): string {
  return resolve(CORPUS_DIR, CORPUS[name]);
}

export function corpusBytes(name: CorpusName): Uint8Array {
  return readFileSync(corpusPath(name));
}

export function corpusText(name: CorpusName): string {
  return readFileSync(corpusPath(name), 'utf8');
}

/** Imports a corpus document; fails the test (throws) if the import fails. */
export function importCorpus(name: CorpusName): BudgetDocument {
  const r = importDocument(corpusBytes(name), { file: CORPUS[name] });
  if (!r.ok) throw new Error(`import of ${name} failed: ${r.error.code}`);
  return r.document;
}

export function importDepartment(name: 'bangongting' | 'beijing'): DepartmentBudgetDocument {
  const d = importCorpus(name);
  if (d.kind !== 'department-budget') throw new Error(`${name} is ${d.kind}`);
  return d;
}

export function importKeyProjectsCorpus(): KeyProjectsDocument {
  const d = importCorpus('keyProjects');
  if (d.kind !== 'key-projects') throw new Error(`keyProjects is ${d.kind}`);
  return d;
}

export function importXiangyin(): DeclarationFormsDocument {
  const d = importCorpus('xiangyin');
  if (d.kind !== 'declaration-forms') throw new Error(`xiangyin is ${d.kind}`);
  return d;
}

/** The corpus text with one line (1-based) replaced, for building failing fixtures by mutation. */
export function mutateLine(name: CorpusName, line: number, replace: (old: string) => string): string {
  const lines = corpusText(name).split('\n');
  const old = lines[line - 1];
  if (old === undefined) throw new Error(`no line ${line} in ${name}`);
  lines[line - 1] = replace(old);
  return lines.join('\n');
}

/** The Shanghai files (PDF and XLSX) in ../shared/corpus-shanghai; YUSUAN_CORPUS_SHANGHAI overrides. */
export const SHANGHAI_DIR = process.env['YUSUAN_CORPUS_SHANGHAI'] ?? sharedFolder('corpus-shanghai');

export const SHANGHAI = {
  bangongshiDept: 'shpt-2025-qufu-bangongshi-dept-budget.pdf',
  bangongshiUnit: 'shpt-2025-qufu-bangongshi-unit-budget.pdf',
  shangwuwei: 'shpt-2025-shangwuwei-dept-budget.pdf',
  caizhengju: 'shpt-2024-caizhengju-final-accounts.pdf',
  finalTemplate: 'shanghai-final-accounts-template.pdf',
  budgetTemplate: 'shanghai-department-budget-template.xlsx',
} as const;
export type ShanghaiName = keyof typeof SHANGHAI;

export function shanghaiPath(name: ShanghaiName): string {
  return resolve(SHANGHAI_DIR, SHANGHAI[name]);
}

export function shanghaiBytes(name: ShanghaiName): Uint8Array {
  return new Uint8Array(readFileSync(shanghaiPath(name)));
}
