import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/decimal.js';
import type { IndicatorMonitoring, MonitoringRecord } from '../core/model/performance.js';
import { corpusDoc } from '../test-support/fixtures.js';
import {
  DEFAULT_MONITORING,
  executionWarning,
  monitorDocument,
  monitorTarget,
  recordProblems,
} from './monitoring.js';
import { keyedTargets } from './targets.js';

const doc = corpusDoc('bangongting');
const target = keyedTargets(doc).find((t) => t.view.name === '110联动经费');
if (!target) throw new Error('no 110联动经费');

function record(
  month: number,
  executed: string,
  forecast: string | null,
  indicators: IndicatorMonitoring[] = [],
): MonitoringRecord {
  return {
    targetKind: 'project',
    unit: '104001',
    target: '110联动经费',
    year: 2024,
    month,
    budget: Decimal.from('33.34'),
    executed: Decimal.from(executed),
    forecastExecuted: forecast === null ? null : Decimal.from(forecast),
    indicators,
  };
}

function entry(
  indicator: string,
  forecast: string | null,
  more: Partial<IndicatorMonitoring> = {},
): IndicatorMonitoring {
  const k = target?.indicators.find((i) => i.key.indicator === indicator);
  if (!k) throw new Error(`no ${indicator}`);
  return {
    key: k.key,
    progress: null,
    forecast,
    cause: null,
    reason: null,
    likelihood: null,
    correction: null,
    ...more,
  };
}

describe('execution against the time elapsed', () => {
  it.each([
    // July: 58.33% of the year gone.
    [7, '19.45', 'green', '截至7月执行19.45万元，执行率58.34%，时间进度58.33%'],
    [7, '16.67', 'green', '截至7月执行16.67万元，执行率50%，时间进度58.33%，落后8.33个百分点'],
    [7, '16.10', 'yellow', '截至7月执行16.1万元，执行率48.29%，时间进度58.33%，落后10.04个百分点'],
    [7, '12.83', 'yellow', '截至7月执行12.83万元，执行率38.48%，时间进度58.33%，落后19.85个百分点'],
    [7, '12.50', 'red', '截至7月执行12.5万元，执行率37.49%，时间进度58.33%，落后20.84个百分点'],
    [12, '33.34', 'green', '截至12月执行33.34万元，执行率100%，时间进度100%'],
  ] as const)('month %i, executed %s: %s', (month, executed, level, message) => {
    expect(executionWarning(record(month, executed, null))).toMatchObject({ level, message });
  });

  it("warns when the year's forecast falls short, whatever the pace so far", () => {
    expect(executionWarning(record(7, '19.45', '29.00')).level).toBe('yellow'); // 86.98%
    expect(executionWarning(record(7, '19.45', '26.00')).level).toBe('red'); // 77.98%
    expect(executionWarning(record(7, '19.45', '31.00')).level).toBe('green'); // 92.98%
  });

  it("follows the region's margins", () => {
    const strict = {
      ...DEFAULT_MONITORING,
      executionYellow: Decimal.from('5'),
      executionRed: Decimal.from('10'),
    };
    expect(executionWarning(record(7, '16.67', null), strict).level).toBe('yellow');
  });
});

describe('indicators against their targets', () => {
  it('greens a forecast that meets the target, yellows one from 80% of it, reds the rest', () => {
    const r = monitorTarget(
      target,
      record(7, '19.45', '33.34', [
        entry('社会公众满意度', '96%'),
        entry('全年值班在岗率', '90%', {
          cause: '人员',
          reason: '两名值班员病休',
          likelihood: '有可能',
          correction: '临时借调人员补位',
        }),
        entry('110联动单位工作经费下拨', '7', { cause: '经费', reason: '下拨进度慢' }),
        entry('维护社会安全稳定', '部分达成'),
      ]),
    );
    const by = (name: string) => r.indicators.find((i) => i.key.indicator === name);
    expect(by('社会公众满意度')).toMatchObject({ level: 'green', unexplained: false });
    expect(by('全年值班在岗率')).toMatchObject({ level: 'yellow', unexplained: false });
    expect(by('全年值班在岗率')?.message).toBe(
      '预计完成率90%（预计90% ÷ 目标100%），单位判断有可能完成目标，偏差原因（人员）：两名值班员病休',
    );
    expect(by('110联动单位工作经费下拨')).toMatchObject({ level: 'red', unexplained: true });
    expect(by('维护社会安全稳定')).toMatchObject({ level: 'yellow', unexplained: true });
    expect(by('保障办公值班经费')).toMatchObject({ level: 'yellow', message: '未填写全年预计完成值' });
    expect(r.overall).toBe('red');
    expect(r.execution.level).toBe('green');
  });

  it('reds a target the unit itself says cannot be met, and reads less-is-better targets (保障办公值班经费 < 15万元)', () => {
    const r = monitorTarget(
      target,
      record(7, '19.45', null, [
        entry('社会公众满意度', '96', {
          likelihood: '完全不可能',
          cause: '其他',
          reason: '调查样本不足',
          correction: '扩大样本',
        }),
        entry('保障办公值班经费', '14'),
      ]),
    );
    expect(r.indicators.find((i) => i.key.indicator === '社会公众满意度')?.level).toBe('red');
    expect(r.indicators.find((i) => i.key.indicator === '保障办公值班经费')?.level).toBe('green');
  });

  it("matches records to the document's targets", () => {
    const results = monitorDocument(doc, [record(7, '19.45', '33.34', [entry('社会公众满意度', '96%')])]);
    expect(
      results.map((r) => [r.target, r.month, r.executionRate?.toString(), r.elapsed.toString()]),
    ).toEqual([['110联动经费', 7, '58.34', '58.33']]);
  });
});

describe('record checks', () => {
  it("names what is wrong with a record's own figures", () => {
    expect(recordProblems(record(7, '19.45', '33.34'))).toEqual([]);
    expect(recordProblems({ ...record(13, '-1', '-2'), budget: Decimal.ZERO })).toEqual([
      '监控月份应为1–12，实际为13',
      '预算数应大于0',
      '执行数不能为负数',
      '全年预计执行数不能为负数',
    ]);
    expect(recordProblems(record(7, '20', '10'))).toEqual(['全年预计执行数小于已执行数']);
  });
});
