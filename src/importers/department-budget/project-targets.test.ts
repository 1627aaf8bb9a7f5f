import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { Indicator, PerformanceTarget } from '../../core/model/targets.js';
import { CORPUS, importDepartment, mutateLine } from '../../test-support/corpus.js';
import { importText } from '../index.js';

const bangongting = importDepartment('bangongting');
const beijing = importDepartment('beijing');

function project(doc: DepartmentBudgetDocument, name: string): PerformanceTarget {
  const p = doc.projectTargets.find((t) => t.name.value === name);
  if (!p) throw new Error(`no project ${name}`);
  return p;
}

/** The indicator rows as (line, level1, level2, name, value, comparator, weight), placeholders left out. */
function rows(p: PerformanceTarget) {
  return p.indicators
    .filter((i) => !i.placeholder)
    .map((i) => [
      i.source.line,
      i.level1,
      i.level2,
      i.name,
      i.value,
      i.comparator,
      i.weight?.toString() ?? null,
    ]);
}

const weightSum = (inds: readonly Indicator[]) =>
  Decimal.sum(inds.filter((i) => !i.placeholder).map((i) => i.weight ?? Decimal.ZERO));

const diagnosticLines = (doc: DepartmentBudgetDocument, code: string) =>
  doc.diagnostics
    .filter((d) => d.code === code && d.table === '项目支出绩效目标表')
    .map((d) => d.source.line);

function reimport(text: string, file: string): DepartmentBudgetDocument {
  const r = importText(text, { file });
  if (!r.ok || r.document.kind !== 'department-budget') throw new Error('import failed');
  return r.document;
}

describe('项目支出绩效目标表 of the 2024 长沙市人民政府办公厅 budget', () => {
  it('reads the 15 projects printed (each once, however many pages), with their unit codes', () => {
    expect(bangongting.projectTargets.map((p) => [p.unitCode, p.name.value, p.amount?.text])).toEqual([
      ['104001', '110联动经费', '33.34'],
      ['104001', '办理提案及议案专项经费', '10.31'],
      ['104001', '督查工作专项经费', '9.75'],
      ['104001', '老干部活动经费', '30.01'],
      ['104001', '派驻纪检监察组办公经费', '3.00'],
      ['104001', '市政府电视电话会议工作专项经费', '49.86'],
      ['104001', '市政府新闻发布工作专项经费', '13.89'],
      ['104001', '市政府总值班室值班系统运维服务', '30.00'],
      ['104001', '政策出台前期工作经费', '591.64'],
      ['104001', '政府公报工作专项经费', '24.00'],
      ['104004', '对外联络、协调、交流合作专项', '171.94'],
      ['104004', '广州工作站专项经费', '50.00'],
      ['104004', '水、电、物业费专项经费', '12.50'],
      ['104006', '对外联络协调、合作交流经费', '103.66'],
      ['104006', '水电气和物业管理费专项', '27.85'],
    ]);
  });

  it('reads 合计 1,161.75 and the unit subtotals, which the projects add up to exactly', () => {
    const table = bangongting.tables['project-targets'];
    expect(table?.shape === 'targets' ? table.total?.value.toString() : null).toBe('1161.75');
    expect(
      bangongting.projectTargetUnits.map((u) => [u.code, u.name, u.amount?.text, u.source.line]),
    ).toEqual([
      ['104001', '长沙市人民政府办公厅', '795.80', 340],
      ['104004', '长沙市人民政府驻深圳办事处', '234.44', 570],
      ['104006', '长沙市人民政府驻上海联络处', '131.51', 631],
    ]);
    const sum = (code?: string) =>
      Decimal.sum(
        bangongting.projectTargets
          .filter((p) => code === undefined || p.unitCode === code)
          .map((p) => p.amount?.value ?? Decimal.ZERO),
      ).toString();
    expect([sum(), sum('104001'), sum('104004'), sum('104006')]).toEqual([
      '1161.75',
      '795.80',
      '234.44',
      '131.51',
    ]);
    expect(
      bangongting.projectTargets.every((p) => p.unitName !== null && p.department === '长沙市人民政府办公厅'),
    ).toBe(true);
  });

  it('merges 110联动经费 continued on the next page (line 358 repeats line 341): 7 indicators weighing 90', () => {
    const p = project(bangongting, '110联动经费');
    expect(p.spans).toEqual([
      { first: 341, last: 348 },
      { first: 358, last: 361 },
    ]);
    expect(rows(p)).toEqual([
      [341, '成本指标', '经济成本指标', '保障办公值班经费', '15', '<', '10'],
      [342, '成本指标', '经济成本指标', '110联动单位工作经费下拨', '10', '≥', '10'],
      [345, '产出指标', '数量指标', '全年值班在岗率', '100', '=', '20'],
      [346, '产出指标', '质量指标', '值班工作业务培训合格率', '95', '≥', '10'],
      [347, '产出指标', '时效指标', '警情及突发事件及时处置率', '98', '≥', '10'],
      [358, '效益指标', '社会效益指标', '维护社会安全稳定', '无', '定性', '20'],
      [361, '满意度指标', '服务对象满意度指标', '社会公众满意度', '95', '≥', '10'],
    ]);
    expect(weightSum(p.indicators).toString()).toBe('90');
    // Not-applicable rows are kept, marked: 社会/生态环境成本 无, 此项目不产生经济/生态效益, 可持续影响 blank.
    expect(p.indicators.filter((i) => i.placeholder).map((i) => i.source.line)).toEqual([
      343, 344, 348, 359, 360,
    ]);
  });

  it('reports every repeated first row as merged', () => {
    expect(diagnosticLines(bangongting, 'row-repeated')).toEqual([
      358, 377, 396, 415, 434, 453, 472, 491, 510, 529, 548, 567, 586, 605, 624, 643,
    ]);
  });

  it('keeps the figures a reviewer must catch as printed', () => {
    const cost = (name: string) => project(bangongting, name).indicators[0];
    expect([cost('办理提案及议案专项经费')?.name, cost('办理提案及议案专项经费')?.value]).toEqual([
      '项目总成本',
      '10.34',
    ]);
    expect(cost('水电气和物业管理费专项')?.value).toBe('7.85');
    expect(project(bangongting, '对外联络协调、合作交流经费').goal).toEqual({
      value: '对外联络协调、合作交流经费83.66万元',
      source: { line: 632, column: 4 },
    });
  });

  it('reads the project shifted right on line 518 and the level-2 row on line 519', () => {
    const p = project(bangongting, '政策出台前期工作经费');
    expect([p.name.source, p.amount?.source, p.unitCode]).toEqual([
      { line: 518, column: 5 },
      { line: 518, column: 6 },
      '104001',
    ]);
    expect(p.spans).toEqual([
      { first: 518, last: 519 },
      { first: 529, last: 538 },
      { first: 548, last: 549 },
    ]);
    const at = (line: number) => p.indicators.find((i) => i.source.line === line);
    expect([at(519)?.level1, at(519)?.level2, at(519)?.placeholder]).toEqual([
      '成本指标',
      '社会成本指标',
      true,
    ]);
    // Line 534 prints its 三级 name in the 一级 column: it stays under 产出指标 / 时效指标.
    expect(rows(p).find((r) => r[0] === 534)).toEqual([
      534,
      '产出指标',
      '时效指标',
      '工作完成及时率',
      '98',
      '≥',
      '5',
    ]);
    expect(weightSum(p.indicators).toString()).toBe('90');
  });

  it('realigns the shifted rows and says so for each line', () => {
    expect(diagnosticLines(bangongting, 'row-realigned')).toEqual(
      expect.arrayContaining([348, 401, 404, 405, 422, 443, 497, 518, 519, 534, 610, 630, 672]),
    );
    expect(diagnosticLines(bangongting, 'row-realigned')).not.toContain(343);
    const at = (line: number) =>
      bangongting.projectTargets.flatMap((p) => p.indicators).find((i) => i.source.line === line);
    expect([at(401)?.level1, at(401)?.name, at(401)?.weight?.toString()]).toEqual([
      '满意度指标',
      '服务对象满意度',
      '10',
    ]);
    expect([at(630)?.level1, at(630)?.name, at(630)?.source.column]).toEqual([
      '满意度指标',
      '单位职工满意度',
      3,
    ]);
    expect([at(443)?.level2, at(443)?.content, at(443)?.weight?.toString()]).toEqual([
      '社会效益指标',
      '围绕上级部署开展专项检查',
      '10',
    ]);
  });

  it('keeps 指标值类型 "2.00"/"4.00"/"5.00" as printed without a comparator, and ">=…" values as text', () => {
    const types = bangongting.projectTargets
      .flatMap((p) => p.indicators)
      .filter((i) => i.valueType !== null && /^\d/.test(i.valueType))
      .map((i) => [i.source.line, i.valueType, i.comparator]);
    expect(types).toEqual([
      [571, '4.00', null],
      [590, '2.00', null],
      [591, '4.00', null],
      [610, '2.00', null],
      [611, '4.00', null],
      [614, '5.00', null],
      [624, '2.00', null],
      [625, '2.00', null],
      [630, '2.00', null],
    ]);
    const visits = bangongting.projectTargets.flatMap((p) => p.indicators).find((i) => i.source.line === 574);
    expect([visits?.value, visits?.content, visits?.comparator]).toEqual([
      '数量；批次；数量',
      '>=100；>=40；>=15',
      '定量',
    ]);
  });

  it('reads ">=" in 指标值类型 as ≥ (line 341 mutated)', () => {
    const doc = reimport(
      mutateLine('bangongting', 341, (l) => l.replace('\t<\t', '\t>=\t')),
      CORPUS.bangongting,
    );
    expect(project(doc, '110联动经费').indicators[0]?.comparator).toBe('≥');
  });

  it('merges a repeated first row that differs in amount at a page top, and reports the conflict (line 358 mutated)', () => {
    const doc = reimport(
      mutateLine('bangongting', 358, (l) => l.replace('33.34', '33.43')),
      CORPUS.bangongting,
    );
    expect(
      doc.projectTargets.filter((p) => p.name.value === '110联动经费').map((p) => p.amount?.text),
    ).toEqual(['33.34']);
    expect(diagnosticLines(doc, 'row-repeated')).toContain(358);
    expect(diagnosticLines(doc, 'cell-unreadable')).toContain(358);
  });
});

describe('项目支出绩效目标表 of the 2023 驻北京联络处 budget', () => {
  it('reads 3 projects adding up to 904.71 = 合计 = the 157001 subtotal', () => {
    expect(beijing.projectTargets.map((p) => [p.unitCode, p.name.value, p.amount?.text])).toEqual([
      ['157001', '对外联络、协调、交流合作经费', '304.13'],
      ['157001', '信访维稳工作经费', '317.38'],
      ['157001', '驻京维稳', '283.20'],
    ]);
    expect(Decimal.sum(beijing.projectTargets.map((p) => p.amount?.value ?? Decimal.ZERO)).toString()).toBe(
      '904.71',
    );
    expect(beijing.projectTargetUnits.map((u) => [u.code, u.amount?.text])).toEqual([['157001', '904.71']]);
  });

  it('reports the rows lost before 信访维稳工作经费 (it starts at line 374 with 效益指标)', () => {
    const p = project(beijing, '信访维稳工作经费');
    expect(rows(p)).toEqual([
      [374, '效益指标', '社会效益指标', '促进京地联动，推动我市进京上访形势不断向好', '促进', '定性', '20'],
      [375, '效益指标', '经济效益指标', '为社会经济保驾护航', '无', '定性', null],
    ]);
    const missing = beijing.diagnostics.filter((d) => d.code === 'rows-missing');
    expect(missing.map((d) => [d.source.line, d.severity])).toEqual([[374, 'warning']]);
    expect(missing[0]?.message).toContain('缺少成本指标、产出指标、满意度指标');
  });

  it('realigns line 383 (满意度指标 one cell right) and reports its weight cut off', () => {
    const p = project(beijing, '驻京维稳');
    const sat = p.indicators.find((i) => i.source.line === 383);
    expect([sat?.level1, sat?.name, sat?.value, sat?.comparator, sat?.weight]).toEqual([
      '满意度指标',
      '劝返上访人员满意度',
      '95%',
      '≥',
      null,
    ]);
    expect(diagnosticLines(beijing, 'text-cut')).toEqual([383]);
    expect(diagnosticLines(beijing, 'row-realigned')).toContain(383);
    expect(weightSum(p.indicators).toString()).toBe('80');
    expect(p.spans).toEqual([
      { first: 376, last: 383 },
      { first: 393, last: 395 },
    ]);
  });

  it('reads the first project, whose 产出 rows come before its 成本 rows', () => {
    expect(rows(project(beijing, '对外联络、协调、交流合作经费'))).toEqual([
      [353, '产出指标', '质量指标', '做好协调、接待联络和服务工作', '是', '定性', '20'],
      [
        354,
        '产出指标',
        '数量指标',
        '《驻京信息》为我市优质参谋服务数量',
        '力争完成《驻京信息》80期',
        '定量',
        '10',
      ],
      [
        355,
        '产出指标',
        '时效指标',
        '负责市委、市人民政府在北京及其周边地区举行重要活动的协调、接待联络和服务工作',
        '1、信息：年度内完成；2、合作交流：按任务发生情况完成',
        '定量',
        '10',
      ],
      [358, '成本指标', '经济成本指标', '成本有效控制，无不合规支出', '304.13', '≤', '20'],
      [359, '满意度指标', '服务对象满意度指标', '联络协调服务对象满意度', '95%', '≥', '10'],
      [
        360,
        '效益指标',
        '经济效益指标',
        '为引进北京的企业去长沙投资、创业，做好联络协调服务保障工作',
        '争取引进',
        '定性',
        '10',
      ],
    ]);
  });
});
