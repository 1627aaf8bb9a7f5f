// Reading a filled actuals sheet back against its document: each row is matched to its target (unit,
// project) and indicator (levels, name, in order), and every value is checked before anything is
// scored — an actual that does not fit its standard (text where a number is needed, 150% for a
// satisfaction rate, an unknown level), a budget or executed amount that is not a number, a row that
// names no indicator of the document. Errors carry the row (line in the file) and the column; nothing
// is half-read. An empty actual is "not evaluated yet", not an error.

import { Decimal } from '../../core/decimal.js';
import type { BudgetDocument } from '../../core/model/document.js';
import type { EvaluationSettings, IndicatorActual, TargetActuals } from '../../core/model/performance.js';
import { parseAmount } from '../../core/money.js';
import { standardOf } from '../../core/scoring-standard/index.js';
import { parseActual } from '../actual.js';
import { evaluate } from '../evaluate.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import type { KeyedIndicator, KeyedTarget } from '../targets.js';
import { keyedTargets } from '../targets.js';
import { parseCsv } from './csv.js';
import type { SheetColumn } from './template.js';
import { EXECUTION_ROW, SHEET_COLUMNS } from './template.js';

export interface SheetError {
  /** 1-based line of the row in the file. */
  row: number;
  /** 1-based column, and its name, when the error is about one cell. */
  column: number | null;
  columnName: SheetColumn | null;
  message: string;
}

export type SheetResult = { ok: true; actuals: TargetActuals[] } | { ok: false; errors: SheetError[] };

const REQUIRED: readonly SheetColumn[] = [
  'unit',
  'project',
  'level1',
  'level2',
  'indicator',
  'actual',
  'explanation',
];

const norm = (s: string): string => (/\s/.test(s) ? s.replace(/\s+/g, '') : s);

/** Targets by name (and unit), indicators by level 2 and name, in document order. */
function lookupOf(targets: readonly KeyedTarget[]) {
  const byName = new Map<string, KeyedTarget[]>();
  for (const t of targets) {
    const k = norm(t.view.name);
    byName.set(k, [...(byName.get(k) ?? []), t]);
  }
  const byIndicator = new Map<KeyedTarget, Map<string, KeyedIndicator[]>>();
  return {
    target(project: string, unit: string): KeyedTarget | undefined {
      const u = norm(unit);
      return byName.get(norm(project))?.find((t) => u === '' || norm(t.view.unit ?? '') === u);
    },
    indicator(
      t: KeyedTarget,
      level2: string,
      name: string,
      used: ReadonlySet<KeyedIndicator>,
    ): KeyedIndicator | undefined {
      let m = byIndicator.get(t);
      if (!m) {
        m = new Map();
        for (const x of t.indicators) {
          const k = `${norm(x.key.level2 ?? '')}|${norm(x.key.indicator)}`;
          m.set(k, [...(m.get(k) ?? []), x]);
        }
        byIndicator.set(t, m);
      }
      return m.get(`${norm(level2)}|${norm(name)}`)?.find((x) => !used.has(x));
    },
  };
}

/** Why an actual does not fit its indicator's standard, or null (blank and 不适用 always fit). */
export function actualProblem(k: KeyedIndicator, text: string, settings: EvaluationSettings): string | null {
  const actual = parseActual(text);
  if (!actual || actual.kind === 'not-applicable') return null;
  const std = standardOf(k.indicator);
  const r = evaluate(actual, {
    std,
    weight: k.indicator.weight ?? std.statedWeight ?? Decimal.from('10'),
    name: k.indicator.name,
    comparator: k.indicator.comparator,
    qualitative: settings.qualitative,
  });
  return r.ok ? null : r.error;
}

function amountCell(text: string): Decimal | null | 'bad' {
  const t = text.trim();
  if (t === '') return null;
  const a = parseAmount(t);
  return a && !a.value.isNegative() ? a.value : 'bad';
}

export function readActuals(
  doc: BudgetDocument,
  csv: string,
  settings: EvaluationSettings = DEFAULT_SETTINGS,
): SheetResult {
  const parsed = parseCsv(csv);
  if (!parsed.ok)
    return {
      ok: false,
      errors: [{ row: parsed.line, column: null, columnName: null, message: parsed.message }],
    };
  const [header, ...rows] = parsed.rows;
  if (!header)
    return { ok: false, errors: [{ row: 1, column: null, columnName: null, message: '文件为空，没有表头' }] };
  const col = new Map<SheetColumn, number>();
  header.cells.forEach((name, i) => {
    const n = name.trim() as SheetColumn;
    if ((SHEET_COLUMNS as readonly string[]).includes(n) && !col.has(n)) col.set(n, i);
  });
  const lacking = REQUIRED.filter((c) => !col.has(c));
  if (lacking.length > 0) {
    return {
      ok: false,
      errors: [
        { row: header.line, column: null, columnName: null, message: `表头缺少列：${lacking.join('、')}` },
      ],
    };
  }
  const cell = (cells: readonly string[], c: SheetColumn): string => {
    const i = col.get(c);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const at = (row: number, c: SheetColumn, message: string): SheetError => {
    const i = col.get(c);
    return { row, column: i === undefined ? null : i + 1, columnName: c, message };
  };

  const lookup = lookupOf(keyedTargets(doc));
  const out = new Map<KeyedTarget, TargetActuals>();
  const used = new Set<KeyedIndicator>();
  const errors: SheetError[] = [];
  const entry = (t: KeyedTarget): TargetActuals => {
    let e = out.get(t);
    if (!e) {
      e = {
        targetKind: t.view.kind,
        unit: t.view.unit ?? null,
        target: t.view.name,
        budget: t.view.amount?.value ?? null,
        executed: null,
        executionExplanation: null,
        indicators: [],
      };
      out.set(t, e);
    }
    return e;
  };

  for (const { line, cells } of rows) {
    const unit = cell(cells, 'unit');
    const project = cell(cells, 'project');
    const target = lookup.target(project, unit);
    if (!target) {
      errors.push(
        at(line, 'project', `文件中没有${unit ? `单位“${unit}”的` : ''}项目（或单位）“${project}”`),
      );
      continue;
    }
    if (cell(cells, 'level1') === EXECUTION_ROW) {
      const e = entry(target);
      const budget = amountCell(cell(cells, 'budget'));
      const executed = amountCell(cell(cells, 'executed'));
      if (budget === 'bad')
        errors.push(at(line, 'budget', `“${cell(cells, 'budget')}”不是有效的金额（万元）`));
      else if (budget !== null) e.budget = budget;
      if (executed === 'bad')
        errors.push(at(line, 'executed', `“${cell(cells, 'executed')}”不是有效的金额（万元）`));
      else e.executed = executed;
      e.executionExplanation = cell(cells, 'explanation') || null;
      continue;
    }
    const k = lookup.indicator(target, cell(cells, 'level2'), cell(cells, 'indicator'), used);
    if (!k) {
      errors.push(
        at(
          line,
          'indicator',
          `项目“${target.view.name}”没有（或已填过）二级指标“${cell(cells, 'level2')}”下的指标“${cell(cells, 'indicator')}”`,
        ),
      );
      continue;
    }
    used.add(k);
    const text = cell(cells, 'actual');
    const problem = actualProblem(k, text, settings);
    if (problem) errors.push(at(line, 'actual', `指标“${k.key.indicator}”的实际值：${problem}`));
    const a: IndicatorActual = {
      key: k.key,
      actual: text || null,
      explanation: cell(cells, 'explanation') || null,
    };
    entry(target).indicators.push(a);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, actuals: [...out.values()] };
}

/** "第12行第11列（actual）：…". */
export function sheetErrorText(e: SheetError): string {
  const where = e.column === null ? `第${e.row}行` : `第${e.row}行第${e.column}列（${e.columnName ?? ''}）`;
  return `${where}：${e.message}`;
}
