// The summary of each corpus document: the figures `yusuan inspect --summary` prints.

import { describe, expect, it } from 'vitest';
import type { Decimal } from '../core/decimal.js';
import { summarize } from './summary.js';
import type { DocumentSummary } from './summary.js';
import { importCorpus } from '../test-support/corpus.js';
import type { CorpusName } from '../test-support/corpus.js';

const text = (s: DocumentSummary) => ({
  ...s,
  totals: Object.fromEntries(
    Object.entries(s.totals).map(([k, v]: [string, Decimal | null]) => [k, v?.toString() ?? null]),
  ),
  projects: s.projects.map((p) => ({
    ...p,
    amount: p.amount?.toString() ?? null,
    weightSum: p.weightSum?.toString() ?? null,
  })),
});
const summary = (name: CorpusName) => text(summarize(importCorpus(name)));

describe('summary', () => {
  it('of the 2024 Changsha department budget', () => {
    const s = summary('bangongting');
    expect(s.kind).toBe('department-budget');
    expect(s.department).toBe('长沙市人民政府办公厅');
    expect(s.year).toBe(2024);
    expect(s.units).toEqual([
      { code: '104001', name: '长沙市人民政府办公厅' },
      { code: '104004', name: '长沙市人民政府驻深圳办事处' },
      { code: '104006', name: '长沙市人民政府驻上海联络处' },
    ]);
    expect(s.totals).toEqual({
      income: '6563.63',
      expenditure: '6563.63',
      basic: '5401.88',
      project: '1161.75',
      personnel: '4815.97',
      publicFunds: '585.91',
      threePublic: '252.08',
    });
    expect(s.tables).toHaveLength(10);
    expect(s.projects).toHaveLength(15);
    expect(s.projects[0]).toEqual({
      department: '长沙市人民政府办公厅',
      unit: '104001',
      name: '110联动经费',
      amount: '33.34',
      indicators: 7,
      weightSum: '90',
    });
    expect(s.projects.map((p) => p.unit)).toEqual([
      ...Array<string>(10).fill('104001'),
      ...Array<string>(3).fill('104004'),
      '104006',
      '104006',
    ]);
  });

  it('of the 2023 Beijing office budget (markdown flavour)', () => {
    const s = summary('beijing');
    expect(s.department).toBe('长沙市人民政府驻北京联络处');
    expect(s.year).toBe(2023);
    expect(s.totals).toEqual({
      income: '1561.09',
      expenditure: '1561.09',
      basic: '656.38',
      project: '904.71',
      personnel: '577.89',
      publicFunds: '78.49',
      threePublic: '10.66',
    });
    expect(s.projects.map((p) => [p.name, p.amount])).toEqual([
      ['对外联络、协调、交流合作经费', '304.13'],
      ['信访维稳工作经费', '317.38'],
      ['驻京维稳', '283.20'],
    ]);
  });

  it('of the city-wide key-project list', () => {
    const s = summary('keyProjects');
    expect(s.kind).toBe('key-projects');
    expect(s.department).toBeNull();
    expect(s.totals).toEqual({
      income: null,
      expenditure: null,
      basic: null,
      project: null,
      personnel: null,
      publicFunds: null,
      threePublic: null,
    });
    expect(s.tables).toEqual([]);
    expect(s.projects).toHaveLength(35);
    expect(new Set(s.projects.map((p) => p.department)).size).toBe(22);
    expect(s.projects.find((p) => p.name === '城乡居民基本养老保险市级财政补助资金')?.amount).toBe(
      '29244.69',
    );
  });

  it('of the county declaration forms', () => {
    const s = summary('xiangyin');
    expect(s.kind).toBe('declaration-forms');
    expect(s.department).toBe('湘阴县人民政府办公室');
    expect(s.units).toEqual([{ code: null, name: '湘阴县政府办' }]);
    expect(s.totals).toEqual({
      income: '1520.67',
      expenditure: '1520.67',
      basic: '1100.67',
      project: '420',
      personnel: null,
      publicFunds: null,
      threePublic: '13',
    });
    expect(s.projects.map((p) => [p.name, p.amount, p.indicators, p.weightSum])).toEqual([
      ['驻京联络维稳工作组', '50', 9, null],
      ['湘阴县平安城市及雪亮工程项目工作协调经费', '15', 8, null],
      ['各战线调研协调工作经费', '120', 9, null],
      ['优化营商环境', '30', 9, null],
      ['争资争项招商协调经费', '65', 7, null],
      ['重点工作专题调研、信息综合工作', '20', 8, null],
      ['政府中心工作经费', '120', 7, null],
    ]);
  });
});
