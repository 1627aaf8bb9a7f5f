// The indicators' weights in a self-evaluation: the document's weights (备注) scaled so that the
// applicable indicators share the indicators' points (90 by default), or the region's level shares
// (产出 50, 效益 30, 满意度 10) split by the document's weights within each level. An indicator that
// does not apply is left out and the rest scaled up. Rounded to the settings' decimals by largest
// remainder, so the weights add up exactly to the points they share.

import { Decimal } from '../core/decimal.js';
import type { EvaluationSettings } from '../core/model/performance.js';
import { isLevel1Indicator } from '../core/vocabulary.js';
import type { Level1Indicator } from '../core/vocabulary.js';

export interface WeightInput {
  /** The weight the document gives (or the standard states), null when none. */
  weight: Decimal | null;
  level1: string | null;
  applicable: boolean;
}

export interface WeightResult {
  weights: Decimal[];
  /** Chinese notes: how weights were derived where the document gives none. */
  notes: string[];
}

const SCALE = 8;

/** Shares of `total` in proportion to `parts`, rounded to `scale` decimals, adding up to `total`. */
export function apportion(total: Decimal, parts: readonly Decimal[], scale: number): Decimal[] {
  const sum = Decimal.sum(parts);
  if (parts.length === 0) return [];
  if (sum.isZero())
    return apportion(
      total,
      parts.map(() => Decimal.from('1')),
      scale,
    );
  const exact = parts.map((p) => total.mul(p).div(sum, SCALE) ?? Decimal.ZERO);
  const floored = exact.map((e) => {
    const f = 10n ** BigInt(e.scale - scale);
    return Decimal.of(e.units / f, scale);
  });
  let left = total.round(scale).sub(Decimal.sum(floored));
  const unit = Decimal.of(1n, scale);
  const order = exact
    .map((e, i) => ({ i, rem: e.sub(floored[i] ?? Decimal.ZERO) }))
    .sort((a, b) => b.rem.cmp(a.rem) || a.i - b.i);
  const out = [...floored];
  for (const { i } of order) {
    if (!left.gt(Decimal.ZERO)) break;
    out[i] = (out[i] ?? Decimal.ZERO).add(unit);
    left = left.sub(unit);
  }
  return out;
}

export function evaluationWeights(items: readonly WeightInput[], settings: EvaluationSettings): WeightResult {
  const notes: string[] = [];
  const weights = items.map(() => Decimal.ZERO.round(settings.scale));
  const applicable = items.map((it, i) => ({ it, i })).filter((x) => x.it.applicable);
  const missing = applicable.filter((x) => x.it.weight === null);
  if (missing.length > 0 && missing.length < applicable.length) {
    notes.push(`${missing.length}项指标未设分值，不计分`);
  } else if (missing.length > 0) {
    notes.push(`指标均未设分值，按${applicable.length}项平均分配${settings.indicatorWeight.toString()}分`);
  }
  const base = (x: { it: WeightInput }): Decimal =>
    missing.length === applicable.length ? Decimal.from('1') : (x.it.weight ?? Decimal.ZERO);
  const shares = settings.levelShares;
  if (shares) {
    const groups = new Map<Level1Indicator | null, typeof applicable>();
    for (const x of applicable) {
      const l1 = isLevel1Indicator(x.it.level1) ? x.it.level1 : null;
      groups.set(l1, [...(groups.get(l1) ?? []), x]);
    }
    for (const [l1, group] of groups) {
      const share = l1 ? shares[l1] : undefined;
      if (share === undefined) {
        notes.push(`一级指标“${l1 ?? '（未识别）'}”没有设定分值，不计分`);
        continue;
      }
      apportion(share, group.map(base), settings.scale).forEach((w, k) => {
        const idx = group[k]?.i;
        if (idx !== undefined) weights[idx] = w;
      });
    }
    return { weights, notes };
  }
  apportion(settings.indicatorWeight, applicable.map(base), settings.scale).forEach((w, k) => {
    const idx = applicable[k]?.i;
    if (idx !== undefined) weights[idx] = w;
  });
  return { weights, notes };
}
