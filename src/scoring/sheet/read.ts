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

const norm = (s: string): string => s.replace(/\s+/g, '');

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

  const targets = keyedTargets(doc);
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
    const target = targets.find(
      (t) => norm(t.view.name) === norm(project) && (unit === '' || norm(t.view.unit ?? '') === norm(unit)),
    );
    if (!target) {
      errors.push(
        at(line, 'project', `文件中没有${unit ? `单位“${unit}”的` : ''}项目（或单位）“${project}”`),
      );
      continue;
    }
    if (cell(cells, 'level1') === EXECUTION_ROW) {
      const e = entry(target);
      for (const c of ['budget', 'executed'] as const) {
        const v = amountCell(cell(cells, c));
        if (v === 'bad') errors.push(at(line, c, `“${cell(cells, c)}”不是有效的金额（万元）`));
        else if (v !== null || c === 'executed') e[c] = v ?? e[c];
      }
      e.executionExplanation = cell(cells, 'explanation') || null;
      continue;
    }
    const level2 = norm(cell(cells, 'level2'));
    const name = norm(cell(cells, 'indicator'));
    const k = target.indicators.find(
      (x) => !used.has(x) && norm(x.key.indicator) === name && norm(x.key.level2 ?? '') === level2,
    );
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
    const actual = parseActual(text);
    if (actual && actual.kind !== 'not-applicable') {
      const std = standardOf(k.indicator);
      const r = evaluate(actual, {
        std,
        weight: k.indicator.weight ?? std.statedWeight ?? Decimal.from('10'),
        name: k.indicator.name,
        comparator: k.indicator.comparator,
        qualitative: settings.qualitative,
      });
      if (!r.ok) errors.push(at(line, 'actual', `指标“${k.key.indicator}”的实际值：${r.error}`));
    }
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
