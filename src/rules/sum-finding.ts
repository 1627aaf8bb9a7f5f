// Findings for the two shapes of table check: a stated total against the sum of its parts, and one
// figure against the same figure printed elsewhere. Both compare exactly (tolerance zero unless the
// calling rule says why), treat a blank cell as zero, and pin the finding to the printed lines:
// the total's (or found figure's) line first, then the parts' (or expected figure's).

import { Decimal } from '../core/decimal.js';
import type { Amount } from '../core/model/common.js';
import { checkSum, money, signed } from './compare.js';
import type { FindingDraft } from './rule.js';

/** An amount as printed and the line it is on (the row's line when the cell is blank). */
export interface Term {
  amount: Amount | null;
  line: number | null;
}

export const term = (amount: Amount | null, line: number | null = null): Term => ({
  amount,
  line: amount?.source.line ?? line,
});

const shown = (a: Amount | null): string => (a ? money(a.value) : '（空）');

function uniqueLines(first: number | null, rest: readonly (number | null)[]): number[] {
  const out: number[] = [];
  for (const l of [first, ...rest]) if (l !== null && !out.includes(l)) out.push(l);
  return out;
}

export interface SumSpec {
  /** Canonical table name, the prefix of the message. */
  table: string;
  total: Term;
  /** "本年支出合计", "201 一般公共服务支出 总计". */
  totalLabel: string;
  parts: readonly Term[];
  /** "各项支出之和", "基本支出 + 项目支出". */
  partsLabel: string;
  unit?: string;
  /** Lines where the importer could not read the row: no judgement there. */
  skipLines?: ReadonlySet<number>;
  tolerance?: Decimal;
  /**
   * The largest difference rounding can explain (figures printed in 万元 rounded from 元): a smaller
   * one is reported as information, saying so, not as an error.
   */
  rounding?: Decimal;
}

/** A finding when the stated total differs from the sum of its parts; null when it adds up. */
export function sumFinding(spec: SumSpec): FindingDraft | null {
  const { total, parts } = spec;
  if (!total.amount && parts.every((p) => !p.amount)) return null;
  const skip = spec.skipLines;
  if (skip && [total, ...parts].some((t) => t.line !== null && skip.has(t.line))) return null;
  const check = checkSum(
    total.amount?.value ?? Decimal.ZERO,
    parts.map((p) => p.amount?.value),
    spec.tolerance,
  );
  if (check.ok) return null;
  const rounded = spec.rounding !== undefined && check.difference.abs().cmp(spec.rounding) <= 0;
  const draft: FindingDraft = {
    message:
      `${spec.table}：${spec.totalLabel} ${shown(total.amount)} ≠ ${spec.partsLabel} ${money(check.sum)}，相差 ${signed(check.difference)}` +
      (rounded ? `（在各数由元四舍五入到万元的尾差范围 ±${money(spec.rounding ?? Decimal.ZERO)} 内）` : ''),
    lines: uniqueLines(
      total.line,
      parts.filter((p) => p.amount).map((p) => p.line),
    ),
    table: spec.table,
    found: money(check.total),
    expected: money(check.sum),
    difference: signed(check.difference),
  };
  if (rounded) draft.severity = 'info';
  if (spec.unit !== undefined) draft.unit = spec.unit;
  return draft;
}

/**
 * The rounding allowance for a sum of `parts` printed figures in a document whose template prints
 * 万元 rounded from 元: each figure is off by at most 0.005, so the sum and its total by (parts + 1) ×
 * 0.005, floored to the cent. Undefined for documents printed exactly.
 */
export function roundingAllowance(
  template: { roundedFromYuan?: boolean },
  parts: number,
): Decimal | undefined {
  if (!template.roundedFromYuan) return undefined;
  return Decimal.of(BigInt(Math.floor((parts + 1) / 2)), 2);
}

export interface EqualSpec {
  /** The table the found figure is in. */
  table: string;
  found: Term;
  /** "部门支出总表 合计 基本支出". */
  foundLabel: string;
  expected: Term;
  /** "部门收支总表 基本支出". */
  expectedLabel: string;
  unit?: string;
  skipLines?: ReadonlySet<number>;
}

/** A finding when a figure differs from the same figure printed elsewhere; null when they agree. */
export function equalFinding(spec: EqualSpec): FindingDraft | null {
  const { found, expected } = spec;
  if (!found.amount && !expected.amount) return null;
  const skip = spec.skipLines;
  if (skip && [found, expected].some((t) => t.line !== null && skip.has(t.line))) return null;
  const f = found.amount?.value ?? Decimal.ZERO;
  const e = expected.amount?.value ?? Decimal.ZERO;
  const diff = f.sub(e);
  if (diff.isZero()) return null;
  const draft: FindingDraft = {
    message: `${spec.foundLabel} ${shown(found.amount)} ≠ ${spec.expectedLabel} ${shown(expected.amount)}，相差 ${signed(diff)}`,
    lines: uniqueLines(found.line, [expected.line]),
    table: spec.table,
    found: money(f),
    expected: money(e),
    difference: signed(diff),
  };
  if (spec.unit !== undefined) draft.unit = spec.unit;
  return draft;
}

export const isFinding = (d: FindingDraft | null): d is FindingDraft => d !== null;
