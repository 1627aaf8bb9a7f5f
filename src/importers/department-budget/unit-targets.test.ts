import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import type { UnitTarget } from '../../core/model/targets.js';
import { CORPUS, corpusText, importDepartment } from '../../test-support/corpus.js';
import { importText } from '../index.js';

const bangongting = importDepartment('bangongting');
const beijing = importDepartment('beijing');

function unit(doc: DepartmentBudgetDocument, code: string): UnitTarget {
  const u = doc.unitTargets.find((t) => t.unitCode === code);
  if (!u) throw new Error(`no unit ${code}`);
  return u;
}

const funding = (u: UnitTarget) =>
  Object.fromEntries(Object.entries(u.funding).map(([k, v]) => [k, v?.text ?? null]));
const weights = (u: UnitTarget) =>
  Decimal.sum(u.indicators.filter((i) => !i.placeholder).map((i) => i.weight ?? Decimal.ZERO)).toString();
const at = (u: UnitTarget, line: number) => u.indicators.find((i) => i.source.line === line);
const diagnosticLines = (doc: DepartmentBudgetDocument, code: string) =>
  doc.diagnostics
    .filter((d) => d.code === code && d.table === '部门整体支出绩效目标表')
    .map((d) => d.source.line);

describe('部门整体支出绩效目标表 of the 2024 长沙市人民政府办公厅 budget', () => {
  it('reads the three units once each, with their funding split', () => {
    expect(bangongting.unitTargets.map((u) => [u.unitCode, u.name.value, u.amount?.text, u.spans])).toEqual([
      [
        '104001',
        '长沙市人民政府办公厅',
        '5,579.00',
        [
          { first: 683, last: 692 },
          { first: 703, last: 712 },
          { first: 723, last: 724 },
        ],
      ],
      [
        '104004',
        '长沙市人民政府驻深圳办事处',
        '595.00',
        [
          { first: 725, last: 731 },
          { first: 742, last: 748 },
        ],
      ],
      [
        '104006',
        '长沙市人民政府驻上海联络处',
        '389.63',
        [
          { first: 749, last: 751 },
          { first: 762, last: 770 },
        ],
      ],
    ]);
    const none = { fund: null, specialAccount: null, other: null };
    expect(funding(unit(bangongting, '104001'))).toEqual({
      total: '5,579.00',
      general: '5,579.00',
      ...none,
      basic: '4,783.20',
      project: '795.80',
    });
    expect(funding(unit(bangongting, '104004'))).toEqual({
      total: '595.00',
      general: '595.00',
      ...none,
      basic: '360.56',
      project: '234.44',
    });
    expect(funding(unit(bangongting, '104006'))).toEqual({
      total: '389.63',
      general: '389.63',
      ...none,
      basic: '258.12',
      project: '131.51',
    });
    const u = unit(bangongting, '104001');
    const basic = u.funding['basic']?.value ?? Decimal.ZERO;
    const project = u.funding['project']?.value ?? Decimal.ZERO;
    expect(basic.add(project).eq(u.amount?.value ?? Decimal.ZERO)).toBe(true);
  });

  it('reads the 104001 goal and merges the repeated first rows (703, 723, 742, 762)', () => {
    expect(unit(bangongting, '104001').goal?.value).toMatch(/^1、揭榜攻坚强省会 2、统筹推进全市重点工作/);
    expect(unit(bangongting, '104001').goal?.source).toEqual({ line: 683, column: 10 });
    expect(diagnosticLines(bangongting, 'row-repeated')).toEqual([703, 723, 742, 762]);
  });

  it('places rows 704–706 (三级 name in column 1) under 产出指标 / 质量指标 of 104001', () => {
    const u = unit(bangongting, '104001');
    expect(
      [704, 705, 706].map((l) => [
        at(u, l)?.level2,
        at(u, l)?.name,
        at(u, l)?.comparator,
        at(u, l)?.weight?.toString(),
      ]),
    ).toEqual([
      ['质量指标', '政府公报差错率', '<', '2'],
      ['质量指标', '建议提案办理答复率', '≥', '3'],
      ['质量指标', '应急事件是否积极响应', '定性', '3'],
    ]);
    expect(at(u, 704)?.level1).toBe('产出指标');
    expect(diagnosticLines(bangongting, 'row-realigned')).toEqual(
      expect.arrayContaining([692, 704, 705, 706, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751]),
    );
  });

  it('takes the level 1 a level-2 name belongs to when its label is lost (line 708: 经济效益指标 after 产出指标)', () => {
    const row = at(unit(bangongting, '104001'), 708);
    expect([row?.level1, row?.level2, row?.placeholder]).toEqual(['效益指标', '经济效益指标', true]);
  });

  it('fills a blank 二级 cell at the start of a level-1 group from the label printed below (line 728)', () => {
    const u = unit(bangongting, '104004');
    expect([at(u, 728)?.level1, at(u, 728)?.level2, at(u, 729)?.level2, at(u, 730)?.level2]).toEqual([
      '产出指标',
      '数量指标',
      '数量指标',
      '数量指标',
    ]);
  });

  it('reads the rows shifted right on lines 742–751 at their places', () => {
    const sz = unit(bangongting, '104004');
    expect(
      [745, 746, 747].map((l) => [
        at(sz, l)?.level2,
        at(sz, l)?.value,
        at(sz, l)?.scoring,
        at(sz, l)?.weight?.toString(),
      ]),
    ).toEqual([
      ['社会效益指标', '扩大经济区域合作范围', '完成计满分', '5'],
      ['生态效益指标', '迎老乡回故乡建家乡', '逐步扩大计满分', '5'],
      ['可持续影响指标', '长沙特色品牌影响力尽量扩大', '扩大计满分', '5'],
    ]);
    const sh = unit(bangongting, '104006');
    expect([at(sh, 749)?.name, at(sh, 749)?.value, at(sh, 749)?.weight?.toString()]).toEqual([
      '预算控制率',
      '100',
      '20',
    ]);
  });

  it('sums each unit’s weights to 90 (104001 counts the 3 points of its 无 row at line 723)', () => {
    expect(bangongting.unitTargets.map(weights)).toEqual(['90', '90', '90']);
    expect(bangongting.unitTargets.map((u) => u.indicators.filter((i) => !i.placeholder).length)).toEqual([
      19, 12, 7,
    ]);
    expect(at(unit(bangongting, '104001'), 723)?.placeholder).toBe(false);
  });
});

describe('部门整体支出绩效目标表 of the 2023 驻北京联络处 budget', () => {
  const u = unit(beijing, '157001');

  it('reads the unit with 1,561.09 = 656.38 + 904.71 and merges its second page (line 431)', () => {
    expect(funding(u)).toEqual({
      total: '1,561.09',
      general: '1,561.09',
      fund: null,
      specialAccount: null,
      other: null,
      basic: '656.38',
      project: '904.71',
    });
    expect(u.spans).toEqual([
      { first: 406, last: 415 },
      { first: 431, last: 438 },
    ]);
    expect(weights(u)).toBe('90');
  });

  it('attaches the quoted paragraph printed after each page (lines 417–420, 440–443) as the unit’s goal', () => {
    expect(u.goal?.source).toEqual({ line: 417 });
    expect(u.goal?.value.startsWith('市政府驻北京联络处的正常运转')).toBe(true);
    expect(u.goal?.value.endsWith('提供车辆、人员、驻地等后勤保障。')).toBe(true);
    expect(u.goal?.value.split('\n')).toHaveLength(4);
    const reattached = beijing.diagnostics.filter((d) => d.code === 'cell-reattached');
    expect(reattached.map((d) => [d.source.line, d.severity])).toEqual([
      [417, 'info'],
      [440, 'info'],
    ]);
  });

  it('reads the indicators shifted one cell left (the goal column is empty), 成本指标 as a level 2 of 产出指标', () => {
    expect(
      [406, 415, 431, 438].map((l) => [at(u, l)?.level1, at(u, l)?.level2, at(u, l)?.name, at(u, l)?.value]),
    ).toEqual([
      ['产出指标', '数量指标', '解决40名常态驻京工作人员和临时增派工作人员全年就餐', '12月'],
      ['产出指标', '成本指标', '基本支出', '656.38'],
      ['产出指标', '成本指标', '项目支出', '904.71'],
      ['满意度指标', '服务对象满意度指标', null, '95%'],
    ]);
    expect(
      beijing.diagnostics.filter((d) => d.code === 'rows-missing' && d.table === '部门整体支出绩效目标表'),
    ).toEqual([]);
  });

  it('leaves the goal empty, and says nothing reattached, when the paragraph is missing', () => {
    const lines = corpusText('beijing').split('\n');
    const without = lines.map((l, i) =>
      (i + 1 >= 417 && i + 1 <= 420) || (i + 1 >= 440 && i + 1 <= 443) ? '' : l,
    );
    const r = importText(without.join('\n'), { file: CORPUS.beijing });
    if (!r.ok || r.document.kind !== 'department-budget') throw new Error('import failed');
    expect(r.document.unitTargets[0]?.goal).toBeNull();
    expect(r.document.diagnostics.filter((d) => d.code === 'cell-reattached')).toEqual([]);
  });
});
