// The actuals template (`yusuan evaluate FILE --template`): one row per target with level1 = 预算执行
// (budget filled from the document, executed left for the unit), then one row per indicator with the
// target value, unit, weight and standard as printed and `actual`, `explanation` left empty. The
// columns are a fixed contract (issue 12); readers find them by name.

import type { BudgetDocument } from '../../core/model/document.js';
import type { KeyedTarget } from '../targets.js';
import { keyedTargets } from '../targets.js';
import { formatCsv } from './csv.js';

export const SHEET_COLUMNS = [
  'unit',
  'project',
  'level1',
  'level2',
  'indicator',
  'comparator',
  'target',
  'unit_of_measure',
  'weight',
  'standard',
  'actual',
  'explanation',
  'budget',
  'executed',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** level1 of the row that carries a target's budget execution. */
export const EXECUTION_ROW = '预算执行';

type Row = Record<SheetColumn, string>;

const blank = (): Row => Object.fromEntries(SHEET_COLUMNS.map((c) => [c, ''])) as Row;

function targetRows(t: KeyedTarget): Row[] {
  const head = { ...blank(), unit: t.view.unit ?? '', project: t.view.name };
  const rows: Row[] = [{ ...head, level1: EXECUTION_ROW, budget: t.view.amount?.value.toString() ?? '' }];
  for (const { indicator: ind, key } of t.indicators) {
    rows.push({
      ...head,
      level1: key.level1 ?? '',
      level2: key.level2 ?? '',
      indicator: key.indicator,
      comparator: ind.valueType ?? ind.comparator ?? '',
      target: ind.value ?? '',
      unit_of_measure: ind.unit ?? '',
      weight: ind.weight?.toString() ?? ind.weightText ?? '',
      standard: ind.scoring ?? '',
    });
  }
  return rows;
}

/** The template's rows, header first. */
export function templateRows(doc: BudgetDocument): string[][] {
  const rows = keyedTargets(doc).flatMap(targetRows);
  return [[...SHEET_COLUMNS], ...rows.map((r) => SHEET_COLUMNS.map((c) => r[c]))];
}

/** The template as CSV text (UTF-8 BOM, CRLF). */
export function renderTemplate(doc: BudgetDocument): string {
  return formatCsv(templateRows(doc));
}
