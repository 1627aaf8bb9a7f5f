// In-year monitoring (运行监控, "双监控"): a target's record as of a month — executed to date and the
// year's forecast, each indicator's progress and forecast with the deviation's cause, reason,
// likelihood and correction — turned into red / yellow / green warnings. Execution lags when the share
// of the budget spent trails the share of the year gone (by more than the region's margins, 10 and 20
// points by default) or the year's forecast falls short; an indicator lags when its forecast misses the
// target (green at 100% of it, yellow from 80%, red below; qualitative: 达成 green, 部分达成 yellow,
// 未达成 red), and the unit's own "完全不可能" is red whatever the figures say. A warning that is not
// green needs the cause, the reason and the correction.

import { Decimal } from '../core/decimal.js';
import type { BudgetDocument } from '../core/model/document.js';
import type {
  IndicatorMonitoring,
  IndicatorWarning,
  MonitoringRecord,
  MonitoringResult,
  MonitoringSettings,
  Warning,
  WarningLevel,
} from '../core/model/performance.js';
import { standardOf } from '../core/scoring-standard/index.js';
import { isPlaceholder } from '../core/text.js';
import { parseActual } from './actual.js';
import { num, pct } from './format.js';
import { rateFrom, targetOf } from './measure.js';
import type { KeyedIndicator, KeyedTarget } from './targets.js';
import { keyString, keyedTargets, targetKeyString } from './targets.js';

const HUNDRED = Decimal.from('100');
const TWELVE = Decimal.from('12');

export const DEFAULT_MONITORING: MonitoringSettings = {
  executionYellow: Decimal.from('10'),
  executionRed: Decimal.from('20'),
  indicatorYellow: Decimal.from('80'),
};

const RANK: Record<WarningLevel, number> = { green: 0, yellow: 1, red: 2 };
export const worst = (levels: readonly WarningLevel[]): WarningLevel =>
  levels.reduce<WarningLevel>((w, l) => (RANK[l] > RANK[w] ? l : w), 'green');

/** Problems with a record's own figures (month, amounts), in Chinese; empty when it is sound. */
export function recordProblems(r: MonitoringRecord): string[] {
  const out: string[] = [];
  if (!Number.isInteger(r.month) || r.month < 1 || r.month > 12)
    out.push(`监控月份应为1–12，实际为${r.month}`);
  if (r.budget.isNegative() || r.budget.isZero()) out.push('预算数应大于0');
  if (r.executed.isNegative()) out.push('执行数不能为负数');
  if (r.forecastExecuted?.isNegative()) out.push('全年预计执行数不能为负数');
  if (r.forecastExecuted && !r.executed.isNegative() && r.forecastExecuted.lt(r.executed)) {
    out.push('全年预计执行数小于已执行数');
  }
  return out;
}

/** The warning for execution short of where it should be by `points` percentage points. */
function lagLevel(points: Decimal, settings: MonitoringSettings): WarningLevel {
  if (points.gt(settings.executionRed)) return 'red';
  return points.gt(settings.executionYellow) ? 'yellow' : 'green';
}

/** Execution against the time elapsed (month ÷ 12) and the year's forecast against the budget. */
export function executionWarning(
  r: MonitoringRecord,
  settings: MonitoringSettings = DEFAULT_MONITORING,
): Warning & { rate: Decimal; elapsed: Decimal } {
  const rate = r.executed.mul(HUNDRED).div(r.budget, 2) ?? Decimal.ZERO;
  const elapsed = Decimal.from(String(r.month)).mul(HUNDRED).div(TWELVE, 2) ?? Decimal.ZERO;
  const lag = elapsed.sub(rate);
  let level = lagLevel(lag, settings);
  const parts = [`截至${r.month}月执行${num(r.executed)}万元，执行率${pct(rate)}，时间进度${pct(elapsed)}`];
  if (lag.gt(Decimal.ZERO)) parts.push(`落后${num(lag)}个百分点`);
  if (r.forecastExecuted) {
    const year = r.forecastExecuted.mul(HUNDRED).div(r.budget, 2) ?? Decimal.ZERO;
    const short = HUNDRED.sub(year);
    level = worst([level, lagLevel(short, settings)]);
    parts.push(`预计全年执行率${pct(year)}`);
  }
  return { level, message: parts.join('，'), rate, elapsed };
}

const QUAL_GREEN = /^(?:达成|完成|能|确定能|是|已完成)$/;
const QUAL_YELLOW = /^(?:部分达成|基本达成|部分完成|有可能|可能)$/;
const QUAL_RED = /^(?:未达成|未完成|不能|完全不可能|否)$/;

function forecastLevel(
  k: KeyedIndicator,
  forecast: string | null,
  settings: MonitoringSettings,
): Warning | null {
  const a = parseActual(forecast);
  if (a === null) return null;
  const std = standardOf(k.indicator);
  if (a.kind === 'words') {
    const w = a.words;
    if (QUAL_GREEN.test(w)) return { level: 'green', message: `预计“${w}”` };
    if (QUAL_YELLOW.test(w)) return { level: 'yellow', message: `预计“${w}”` };
    if (QUAL_RED.test(w)) return { level: 'red', message: `预计“${w}”` };
    return { level: 'yellow', message: `预计“${w}”，无法判断能否完成目标` };
  }
  if (a.kind !== 'number' || (!targetOf(std) && !(a.unit === '%' && !std.percent))) {
    return { level: 'yellow', message: `预计“${a.text}”，无法与指标值比较` };
  }
  const m = rateFrom(a, std, k.indicator.name);
  if ('error' in m) return { level: 'yellow', message: `预计“${a.text}”：${m.error}` };
  const level: WarningLevel = !m.x.lt(HUNDRED)
    ? 'green'
    : !m.x.lt(settings.indicatorYellow)
      ? 'yellow'
      : 'red';
  return { level, message: m.text.replace(/实际/g, '预计') };
}

export function indicatorWarning(
  k: KeyedIndicator,
  entry: IndicatorMonitoring | undefined,
  settings: MonitoringSettings = DEFAULT_MONITORING,
): IndicatorWarning {
  const base = forecastLevel(k, entry?.forecast ?? null, settings);
  let level: WarningLevel = base?.level ?? 'yellow';
  const parts = [base?.message ?? '未填写全年预计完成值'];
  if (entry?.progress) parts.unshift(`已完成“${entry.progress}”`);
  if (entry?.likelihood) parts.push(`单位判断${entry.likelihood}完成目标`);
  if (entry?.likelihood === '完全不可能') level = 'red';
  else if (entry?.likelihood === '有可能' && level === 'green') level = 'yellow';
  const unexplained =
    level !== 'green' && (!entry?.cause || isPlaceholder(entry.reason) || isPlaceholder(entry.correction));
  if (level !== 'green' && entry?.cause) parts.push(`偏差原因（${entry.cause}）：${entry.reason ?? ''}`);
  return { key: k.key, level, message: parts.join('，'), unexplained };
}

export function monitorTarget(
  t: KeyedTarget,
  record: MonitoringRecord,
  settings: MonitoringSettings = DEFAULT_MONITORING,
): MonitoringResult {
  const execution = executionWarning(record, settings);
  const byKey = new Map(record.indicators.map((i) => [keyString(i.key), i]));
  const indicators = t.indicators.map((k) => indicatorWarning(k, byKey.get(keyString(k.key)), settings));
  return {
    target: t.view.name,
    unit: t.view.unit ?? null,
    month: record.month,
    executionRate: execution.rate,
    elapsed: execution.elapsed,
    execution: { level: execution.level, message: execution.message },
    indicators,
    overall: worst([execution.level, ...indicators.map((i) => i.level)]),
  };
}

/** The warnings of every target a record is given for (targets without a record are left out). */
export function monitorDocument(
  doc: BudgetDocument,
  records: readonly MonitoringRecord[],
  settings: MonitoringSettings = DEFAULT_MONITORING,
): MonitoringResult[] {
  const byTarget = new Map(records.map((r) => [targetKeyString(r), r]));
  const out: MonitoringResult[] = [];
  for (const t of keyedTargets(doc)) {
    const r = byTarget.get(
      targetKeyString({ targetKind: t.view.kind, unit: t.view.unit ?? null, target: t.view.name }),
    );
    if (r) out.push(monitorTarget(t, r, settings));
  }
  return out;
}
