// Properties of scoring, over every numeric standard of the corpus and over generated ones: a score is
// never negative, never above the weight, and never falls when the actual improves in the indicator's
// direction (more where more is better, less where less is better, a smaller deviation, fewer
// incidents). Bounded runs here; the CI suite stays fast.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/decimal.js';
import { parseStandard, standardOf } from '../core/scoring-standard/index.js';
import type { ParsedStandard, ScoringRule, StandardInput } from '../core/scoring-standard/index.js';
import { corpusDoc } from '../test-support/fixtures.js';
import { parseActual } from './actual.js';
import { evaluate } from './evaluate.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { keyedTargets } from './targets.js';

/** How an actual is written for a rule, and whether a larger number is better. */
interface Axis {
  write: (x: number) => string;
  higherBetter: boolean;
  /** Where plausible values lie. */
  max: number;
}

function axisOf(rule: ScoringRule, std: ParsedStandard): Axis | null {
  const target = std.target.kind === 'number' ? Number(std.target.value.toString()) : null;
  const scale = Math.max(100, (target ?? 0) * 2);
  const value = (x: number) => `${x}`;
  const higher = std.direction === 'higher';
  switch (rule.kind) {
    case 'bands':
      if (rule.axis === 'deviation') return { write: (x) => `偏离${x}%`, higherBetter: false, max: 100 };
      if (rule.axis === 'rate') return { write: (x) => `${x}%`, higherBetter: true, max: 150 };
      return { write: value, higherBetter: higher, max: rule.unit === '%' && std.percent ? 100 : scale };
    case 'linear':
    case 'proportional':
      return target === null
        ? { write: (x) => `${x}%`, higherBetter: true, max: 150 }
        : { write: value, higherBetter: higher, max: std.percent ? 100 : scale };
    case 'deduction':
      if (rule.measure === 'count') return { write: value, higherBetter: false, max: 200 };
      if (rule.measure === 'deviation') return { write: (x) => `偏离${x}%`, higherBetter: false, max: 100 };
      if (rule.stepRelative || rule.reference?.unit !== '%') {
        const ref = Number(rule.reference?.value.toString() ?? '100');
        return { write: value, higherBetter: rule.measure === 'shortfall', max: ref * 2 };
      }
      return { write: value, higherBetter: rule.measure === 'shortfall', max: 100 };
    case 'binary':
    case 'default':
      return target === null ? null : { write: value, higherBetter: higher, max: std.percent ? 100 : scale };
    default:
      return null;
  }
}

interface Case {
  label: string;
  std: ParsedStandard;
  weight: Decimal;
  name: string | null;
  comparator: StandardInput['comparator'];
  axis: Axis;
}

function score(c: Case, x: number): Decimal {
  const a = parseActual(c.axis.write(x));
  if (!a) throw new Error('blank');
  const r = evaluate(a, {
    std: c.std,
    weight: c.weight,
    name: c.name,
    comparator: c.comparator,
    qualitative: DEFAULT_SETTINGS.qualitative,
  });
  if (!r.ok) throw new Error(`${c.label}: ${c.axis.write(x)}: ${r.error}`);
  return r.points;
}

// Two corpus standards reward the opposite of their indicator's own target ("公益林管护率低于90%符合
// 要求得满分" for a target of ≥90%; "处罚率未达100%符合要求得满分" for 100%). They are scored as
// written; the monotony property does not hold for them and they are left out of it.
const CONTRADICTORY = new Set(['keyProjects:48', 'keyProjects:50']);

const cases: Case[] = (['bangongting', 'beijing', 'keyProjects', 'xiangyin'] as const).flatMap((name) =>
  keyedTargets(corpusDoc(name)).flatMap((t) =>
    t.indicators.flatMap((k): Case[] => {
      const std = standardOf(k.indicator);
      const axis = axisOf(std.rule, std);
      if (!axis) return [];
      return [
        {
          label: `${name}:${k.key.line}`,
          std,
          weight: k.indicator.weight ?? std.statedWeight ?? Decimal.from('10'),
          name: k.indicator.name,
          comparator: k.indicator.comparator,
          axis,
        },
      ];
    }),
  ),
);

const amount = (max: number) => fc.integer({ min: 0, max: Math.round(max * 100) }).map((n) => n / 100);

describe('scoring properties over the corpus standards', () => {
  it('covers most standards', () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  it('never scores below 0 or above the weight', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (i, f) => {
          const c = cases[i] as Case;
          const p = score(c, Math.round(f * c.axis.max * 100) / 100);
          return !p.isNegative() && !p.gt(c.weight);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("never scores less for an actual better in the indicator's direction", () => {
    const monotone = cases.filter((c) => !CONTRADICTORY.has(c.label));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: monotone.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (i, f, g) => {
          const c = monotone[i] as Case;
          const [lo, hi] = [f, g]
            .sort((a, b) => a - b)
            .map((v) => Math.round((v ?? 0) * c.axis.max * 100) / 100);
          const [worse, better] = c.axis.higherBetter ? [lo ?? 0, hi ?? 0] : [hi ?? 0, lo ?? 0];
          return !score(c, better).lt(score(c, worse));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** A generated band standard: thresholds falling, points falling, "X%以下不计分" at the bottom. */
const bandStandard = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 6 })
  .chain((ts) => {
    const thresholds = [...ts].sort((a, b) => b - a);
    return fc
      .uniqueArray(fc.integer({ min: 1, max: 20 }), {
        minLength: thresholds.length,
        maxLength: thresholds.length,
      })
      .map((ps) => ({ thresholds, points: [...ps].sort((a, b) => b - a) }));
  });

function bandText(thresholds: number[], points: number[]): string {
  const parts = [`满意度${thresholds[0]}%以上计${points[0]}分`];
  for (let i = 1; i < thresholds.length; i++)
    parts.push(`${thresholds[i]}%-${thresholds[i - 1]}%的计${points[i]}分`);
  parts.push(`${thresholds.at(-1)}%以下不计分`);
  return parts.join('；');
}

function generated(text: string, over: Partial<StandardInput>, weight: number, axis: Axis): Case {
  const input: StandardInput = {
    text,
    value: '95',
    unit: '%',
    comparator: '≥',
    weight: Decimal.from(String(weight)),
    name: '满意度',
    level1: null,
    level2: null,
    ...over,
  };
  return {
    label: text,
    std: parseStandard(input),
    weight: input.weight ?? Decimal.ZERO,
    name: input.name,
    comparator: input.comparator,
    axis,
  };
}

describe('scoring properties over generated standards', () => {
  it('band lists: contiguous (no gap, no overlap), within the weight, monotone', () => {
    fc.assert(
      fc.property(bandStandard, amount(100), amount(100), ({ thresholds, points }, a, b) => {
        const weight = points[0] ?? 10;
        const c = generated(bandText(thresholds, points), {}, weight, {
          write: (x) => `${x}`,
          higherBetter: true,
          max: 100,
        });
        if (c.std.rule.kind !== 'bands' || c.std.rule.gaps.length > 0 || c.std.rule.overlaps.length > 0)
          return false;
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const sLo = score(c, lo);
        const sHi = score(c, hi);
        return !sHi.lt(sLo) && !sLo.isNegative() && !sHi.gt(c.weight);
      }),
      { numRuns: 300 },
    );
  });

  it('deductions per step: within the weight, monotone, full at the reference', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 1000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (n, step, weight, per, a, b) => {
          const text = `完成${n}口得${weight}分，每少${step}口扣${per / 10}分，扣完为止`;
          const c = generated(text, { value: String(n), unit: '口', comparator: '=' }, weight, {
            write: (x) => `${x}`,
            higherBetter: true,
            max: 2 * n,
          });
          if (c.std.rule.kind !== 'deduction') return false;
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const sLo = score(c, lo);
          const sHi = score(c, hi);
          return (
            !sHi.lt(sLo) &&
            !sLo.isNegative() &&
            !sHi.gt(c.weight) &&
            score(c, n).eq(Decimal.from(String(weight)))
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('linear formulas: 0 below the threshold, the weight at the target, monotone between', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 95 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 30 }),
        amount(1000),
        amount(1000),
        (t, target, weight, a, b) => {
          const text = `完成率小于${t}%不得分，大于等于${t}%，得分=（完成率-${t}%）/（1-${t}%）*指标分值。`;
          const c = generated(
            text,
            { value: String(target), unit: '个', comparator: '≥', name: '数量' },
            weight,
            { write: (x) => `${x}`, higherBetter: true, max: 2 * target },
          );
          if (c.std.rule.kind !== 'linear') return false;
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          return (
            !score(c, hi).lt(score(c, lo)) &&
            score(c, target).eq(Decimal.from(String(weight))) &&
            !score(c, hi).gt(c.weight)
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
