// A document's targets with their counted indicators, each under the key a person knows it by
// (target, levels, name, occurrence): the rows of the actuals template, the entries of a
// self-evaluation. Rows that only say a level-2 indicator does not apply ("无") are not indicators.

import type { BudgetDocument } from '../core/model/document.js';
import type { IndicatorKey } from '../core/model/performance.js';
import type { TargetView } from '../core/model/target-views.js';
import { indicatorLabel, targetViews } from '../core/model/target-views.js';
import type { Indicator } from '../core/model/targets.js';

export interface KeyedIndicator {
  indicator: Indicator;
  key: IndicatorKey;
}

export interface KeyedTarget {
  view: TargetView;
  indicators: KeyedIndicator[];
}

/** 'project' or 'unit' as the template and the evaluation name a target's kind. */
export const isUnitTarget = (v: TargetView): boolean =>
  v.kind === 'unit' || v.kind === 'declaration-department';

const keyed = new WeakMap<BudgetDocument, KeyedTarget[]>();

/** The document's targets with their keyed indicators (built once per document object). */
export function keyedTargets(doc: BudgetDocument): readonly KeyedTarget[] {
  let hit = keyed.get(doc);
  if (!hit) {
    hit = buildKeyedTargets(doc);
    keyed.set(doc, hit);
  }
  return hit;
}

function buildKeyedTargets(doc: BudgetDocument): KeyedTarget[] {
  return targetViews(doc).map((view) => {
    const seen = new Map<string, number>();
    const indicators = view.indicators
      .filter((ind) => !ind.placeholder)
      .map((indicator): KeyedIndicator => {
        const name = indicatorLabel(indicator);
        const level2 = indicator.level2 ?? indicator.level2Text;
        const k = `${level2 ?? ''}|${name}`;
        const occurrence = (seen.get(k) ?? 0) + 1;
        seen.set(k, occurrence);
        return {
          indicator,
          key: {
            targetKind: view.kind,
            unit: view.unit ?? null,
            target: view.name,
            level1: indicator.level1 ?? indicator.level1Text,
            level2,
            indicator: name,
            occurrence,
            line: indicator.source.line,
          },
        };
      });
    return { view, indicators };
  });
}

/** A key as one string, for matching actuals to indicators (the line is provenance, not identity). */
export function keyString(k: Omit<IndicatorKey, 'line'>): string {
  return [
    k.targetKind,
    k.unit ?? '',
    k.target,
    k.level1 ?? '',
    k.level2 ?? '',
    k.indicator,
    k.occurrence,
  ].join('\u0001');
}

/** A target's identity, for matching its execution row. */
export function targetKeyString(t: { targetKind: string; unit: string | null; target: string }): string {
  return [t.targetKind, t.unit ?? '', t.target].join('\u0001');
}
