import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/decimal.js';
import { corpusDoc } from '../test-support/fixtures.js';
import { evaluateDocument } from './self-evaluation.js';
import { DEFAULT_SETTINGS, gradeOf, settingsWith } from './settings.js';
import { formatCsv, parseCsv } from './sheet/csv.js';
import { readActuals } from './sheet/read.js';
import { renderTemplate } from './sheet/template.js';

/** The template of a corpus document with some cells filled: rows chosen by project and indicator. */
function filled(
  name: 'bangongting' | 'keyProjects' | 'xiangyin',
  values: Record<string, Record<string, [string, string?]>>,
): string {
  const parsed = parseCsv(renderTemplate(corpusDoc(name)));
  if (!parsed.ok) throw new Error('template does not parse');
  const rows = parsed.rows.map((r) => [...r.cells]);
  for (const r of rows.slice(1)) {
    const v = values[r[1] ?? '']?.[r[2] === '预算执行' ? '预算执行' : (r[4] ?? '')];
    if (!v) continue;
    if (r[2] === '预算执行') r[13] = v[0];
    else r[10] = v[0];
    if (v[1] !== undefined) r[11] = v[1];
  }
  return formatCsv(rows);
}

function evaluationOf(
  name: 'bangongting' | 'keyProjects' | 'xiangyin',
  csv: string,
  settings = DEFAULT_SETTINGS,
) {
  const r = readActuals(corpusDoc(name), csv, settings);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return evaluateDocument(corpusDoc(name), r.actuals, settings);
}

const PROPOSALS = {
  办理提案及议案专项经费: {
    预算执行: ['9.80', '会议费节约'] as [string, string],
    项目总成本: ['9.80'] as [string],
    '办理全国、省、市提案议案': ['790', '部分提案转办'] as [string, string],
    办理答复率: ['99%'] as [string],
    答复办结及时性: ['完成'] as [string],
    直接或间接社会经济效益: ['效果一般'] as [string],
    '人民群众“急难愁盼”问题': ['达到推动目标'] as [string],
    生态环境维护: ['未推动'] as [string],
    人大政协对办理组织满意度: ['92'] as [string],
  },
};

describe('self-evaluation of a project (bangongting, 办理提案及议案专项经费)', () => {
  const ev = evaluationOf('bangongting', filled('bangongting', PROPOSALS));
  const p = ev.targets.find((t) => t.name === '办理提案及议案专项经费');

  it('scores budget execution: 9.80 ÷ 10.31 = 95.05% of 10 points', () => {
    expect(p?.execution).toMatchObject({
      rate: Decimal.from('95.05'),
      score: Decimal.from('9.51'),
      reason: '预算执行率=9.8÷10.31=95.05%，得分=95.05%×10=9.51',
      explanationMissing: false,
    });
  });

  it('scores each indicator under its own standard, within its weight (the weights already share 90)', () => {
    expect(p?.indicators.map((i) => [i.key.indicator, i.weight.toString(), i.score?.toString()])).toEqual([
      ['项目总成本', '20.00', '20.00'],
      ['办理全国、省、市提案议案', '20.00', '0.00'],
      ['办理答复率', '10.00', '10.00'],
      ['答复办结及时性', '10.00', '10.00'],
      ['直接或间接社会经济效益', '6.00', '3.00'],
      ['人民群众“急难愁盼”问题', '8.00', '8.00'],
      ['生态环境维护', '6.00', '0.00'],
      ['人大政协对办理组织满意度', '10.00', '8.00'],
    ]);
    expect(p?.indicators[0]?.reason).toBe(
      '偏离目标5.22%（实际9.8万元，目标10.34万元），属于“偏离小于10%”（评分标准未写此档，按满分计），得20分',
    );
  });

  it('totals 68.51 (中) and asks for an explanation wherever points were lost without one', () => {
    expect(p?.score.toString()).toBe('68.51');
    expect(p?.complete).toBe(true);
    expect(p?.grade).toBe('中');
    expect(p?.issues).toEqual([
      '指标“直接或间接社会经济效益”失分3.00分，须说明偏差原因和改进措施',
      '指标“生态环境维护”失分6.00分，须说明偏差原因和改进措施',
      '指标“人大政协对办理组织满意度”失分2.00分，须说明偏差原因和改进措施',
    ]);
  });

  it('leaves the other targets not evaluated, without a grade', () => {
    const other = ev.targets.find((t) => t.name === '110联动经费');
    expect(other).toMatchObject({ complete: false, grade: null });
    expect(other?.score.toString()).toBe('0.00');
    expect(other?.issues).toContain('7项指标尚未评价');
    expect(ev.targets).toHaveLength(18);
    expect(ev.targets.at(-1)?.kind).toBe('unit');
  });

  it('lists the standards that cannot be applied (6 in this document)', () => {
    expect(ev.unparsed.map((u) => u.key.line)).toEqual([346, 498, 535, 536, 586, 606]);
  });
});

describe('weights in the self-evaluation', () => {
  it('scales weights that do not add up to 90 (key projects: 轨道交通大队 80; 市直学校物业管理 with one weight missing)', () => {
    const ev = evaluationOf('keyProjects', renderTemplate(corpusDoc('keyProjects')));
    const t = ev.targets.find((x) => x.name === '2023年轨道交通大队运行维护经费');
    expect(t?.indicators.map((i) => `${i.documentWeight?.toString() ?? '-'}→${i.weight.toString()}`)).toEqual(
      ['20→22.50', '10→11.25', '10→11.25', '10→11.25', '10→11.25', '10→11.25', '10→11.25'],
    );
    expect(Decimal.sum(t?.indicators.map((i) => i.weight) ?? []).toString()).toBe('90.00');
    const school = ev.targets.find((x) => x.name === '市直学校物业管理专项');
    expect(school?.indicators.map((i) => i.weight.toString())).toEqual([
      '25.71',
      '12.86',
      '25.71',
      '12.86',
      '0.00',
      '12.86',
    ]);
    expect(school?.issues[0]).toBe('1项指标未设分值，不计分');
  });

  it('leaves out an indicator that does not apply and scales the rest up (bangongting 办理提案…)', () => {
    const csv = filled('bangongting', {
      办理提案及议案专项经费: {
        ...PROPOSALS.办理提案及议案专项经费,
        生态环境维护: ['不适用', '本项目不涉及生态'],
      },
    });
    const p = evaluationOf('bangongting', csv).targets.find((t) => t.name === '办理提案及议案专项经费');
    // 90 × 20/84 = 21.428…: rounded by largest remainder so that the weights add up to 90.
    expect(p?.indicators.map((i) => i.weight.toString())).toEqual([
      '21.43',
      '21.43',
      '10.72',
      '10.71',
      '6.43',
      '8.57',
      '0.00',
      '10.71',
    ]);
    expect(p?.indicators[6]).toMatchObject({
      status: 'not-applicable',
      score: null,
      explanationMissing: false,
    });
    // 21.43 + 0 + 10.72 + 10.71 + 3.22 (3 of 6 on 6.43) + 8.57 + 8.57 (8 of 10 on 10.71) + 9.51 for execution.
    expect(p?.score.toString()).toBe('72.73');
  });

  it('splits the points equally where the forms give no weights (xiangyin)', () => {
    const ev = evaluationOf('xiangyin', renderTemplate(corpusDoc('xiangyin')));
    const t = ev.targets[0];
    expect(t?.issues[0]).toMatch(/^指标均未设分值，按\d+项平均分配90分$/);
    expect(Decimal.sum(t?.indicators.map((i) => i.weight) ?? []).toString()).toBe('90.00');
  });

  it("uses the region's level shares when set (产出 50, 效益 30, 满意度 10, 成本 0)", () => {
    const settings = settingsWith({
      levelShares: {
        成本指标: Decimal.ZERO,
        产出指标: Decimal.from('50'),
        效益指标: Decimal.from('30'),
        满意度指标: Decimal.from('10'),
      },
    });
    const p = evaluationOf('bangongting', filled('bangongting', PROPOSALS), settings).targets.find(
      (t) => t.name === '办理提案及议案专项经费',
    );
    expect(p?.indicators.map((i) => i.weight.toString())).toEqual([
      '0.00',
      '25.00',
      '12.50',
      '12.50',
      '9.00',
      '12.00',
      '9.00',
      '10.00',
    ]);
  });
});

describe('grades', () => {
  it.each([
    ['100', '优'],
    ['90', '优'],
    ['89.99', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
  ])('%s is %s by default', (total, grade) => {
    expect(gradeOf(Decimal.from(total))).toBe(grade);
  });

  it("follows a region's bands", () => {
    const settings = settingsWith({
      grades: [
        { grade: '优', min: Decimal.from('95') },
        { grade: '良', min: Decimal.from('85') },
        { grade: '中', min: Decimal.from('70') },
        { grade: '差', min: Decimal.ZERO },
      ],
    });
    expect(gradeOf(Decimal.from('92'), settings)).toBe('良');
    expect(gradeOf(Decimal.from('69.99'), settings)).toBe('差');
  });
});
