// Points for chosen actual values under real 评（扣）分标准 from the corpus (document and line named),
// one block per pattern, with the boundaries: exactly at the threshold, exactly at a band edge, in a
// gap, in an overlap, over the weight.

import { describe, expect, it } from 'vitest';
import { scoreOf } from '../test-support/scoring.js';
import type { InputOverrides } from '../test-support/standard.js';

type Case = [actual: string, points: string];

const errorOf = (text: string, over: InputOverrides, actual: string): string => {
  const r = scoreOf(text, over, actual);
  return 'error' in r ? r.error : `scored ${r.points}`;
};
const reasonOf = (text: string, over: InputOverrides, actual: string): string => {
  const r = scoreOf(text, over, actual);
  return 'error' in r ? `error ${r.error}` : r.reason;
};

function check(text: string, over: InputOverrides, cases: readonly Case[]): void {
  for (const [actual, points] of cases) {
    const r = scoreOf(text, over, actual);
    expect({ actual, r: 'error' in r ? r.error : r.points }).toEqual({ actual, r: points });
  }
}

describe('linear formula above a threshold', () => {
  const text = '完成率小于60%不得分，大于等于60%，得分=（完成率-60%）/（1-60%）*指标分值。'; // key projects 96
  const over = {
    value: '20',
    unit: '个',
    comparator: '≥' as const,
    weight: '10',
    name: '生物医药高质量发展项目奖励企业数量',
  };

  it('scores (rate − 60%) / 40% of the weight, nothing below 60%, never above the weight', () => {
    check(text, over, [
      ['12', '0.00'], // exactly 60%
      ['11.9', '0.00'],
      ['16', '5.00'],
      ['20', '10.00'],
      ['24', '10.00'], // 120%: the formula gives 15, capped
      ['90%', '7.50'], // the rate given directly
    ]);
  });

  it("prints the formula with the figures (the issue's example)", () => {
    expect(scoreOf(text, { ...over, weight: '5' }, '80%')).toEqual({
      points: '2.50',
      reason: '实际完成率80%，得分=(80%-60%)/(1-60%)×5=2.50',
    });
    expect(scoreOf(text, over, '16')).toMatchObject({
      reason: '实际完成率80%（实际16个 ÷ 目标20个），得分=(80%-60%)/(1-60%)×10=5.00',
    });
  });

  it('uses the multiplier the formula writes, within the weight (key projects 223: 分值5分, ×10)', () => {
    const t223 =
      '该指标分值为5分，完成率小于60%为不及格，不得分；大于等于60%的，按超过的比重赋分，计算公式为：得分=（实际完成率-60%）/（1-60%）×10。完成率=三级指标实际完成值/三级指标目标值*100%。';
    check(t223, { value: '5000', unit: '人', weight: '5', name: '服务社会公众人次' }, [
      ['4000', '5.00'], // 80%: (80-60)/40 × 10 = 5
      ['3500', '2.50'],
      ['5000', '5.00'],
    ]);
  });

  it('rejects what is not a number', () => {
    expect(scoreOf(text, over, '较好')).toEqual({ error: '应填写实际完成值或完成率（%），实际填写“较好”' });
  });
});

describe('bands on the value', () => {
  const t381 = '服务对象满意度95%以上计10分；90%-95%的计8分；85%-90%的计4分；75%-80%的计2分；75%以下不计分。';
  it('scores each band, its edges, and the gap 80%–85% by the lower neighbour (bangongting 381)', () => {
    check(t381, {}, [
      ['95', '10.00'],
      ['100%', '10.00'],
      ['94.99', '8.00'],
      ['90', '8.00'],
      ['89.9', '4.00'],
      ['85', '4.00'],
      ['84', '2.00'], // in the gap
      ['80', '2.00'],
      ['75', '2.00'],
      ['74.9', '0.00'],
      ['0', '0.00'],
    ]);
    expect(scoreOf(t381, {}, '82')).toMatchObject({
      reason: '实际82%，落在评分标准的漏档（80%–85%），按相邻较低档“75%-80%的计2分”计2分',
    });
  });

  it('refuses a satisfaction rate above 100% or below 0', () => {
    expect(scoreOf(t381, {}, '150%')).toEqual({ error: '“150%”不是有效的比率（应在0%–100%之间）' });
    expect(errorOf(t381, {}, '-3')).toContain('0%–100%');
  });

  it('takes the lower points where two bands claim the value (bangongting 549, beijing 359)', () => {
    const t549 =
      '满意度95%以上的计10分，90%—95%的计8分，85%—90%的计6分，80%—85%的计4分，75%—80%的计2分，75%以上的不计分';
    check(t549, {}, [
      ['77', '0.00'],
      ['80', '4.00'],
    ]);
    expect(reasonOf(t549, {}, '77')).toContain('评分标准重叠，按较低档计');
    const t359 =
      '满意度95%以上的计10分，90%-95%的计8分；85%-90%的计6分；80%-85%的计4分；75%-80%的计2分；70%-75%的计1分，75%以下的不得分';
    check(t359, {}, [
      ['72', '0.00'],
      ['75', '2.00'],
    ]);
  });

  it('leaves the boundary itself out where both neighbours exclude it (key projects 42)', () => {
    const t42 =
      '满意度大于等于90%的得10分，满意度小于90%且大于80%的得8分，满意度小于80%且大于60%的得5分，满意度小于60%不得分';
    check(t42, { value: '≥90%', weight: '10' }, [
      ['90', '10.00'],
      ['85', '8.00'],
      ['80', '5.00'], // neither (80,90) nor (60,80): the lower neighbour
      ['60', '0.00'],
      ['59', '0.00'],
    ]);
  });

  it('caps a band above the weight (key projects 64: 得20分 under a weight of 10)', () => {
    const t64 =
      '满意度大于等于90%的得20分, 满意度小于90%且大于等于80%的得16分, 满意度小于80%且大于等于60%的得12分, 满意度小于60%不得分。';
    check(t64, { value: '90', weight: '10' }, [
      ['90', '10.00'],
      ['85', '10.00'],
      ['59', '0.00'],
    ]);
  });

  it("reads bands in the indicator's own unit (key projects 121: 亿元; 17: 万元 less is better)", () => {
    const t121 =
      '超过7600亿元计10分，7400亿元计8分，7200亿元计6分，7000亿元计4分，6800亿元计1分，6600亿元以下不得分';
    check(t121, { value: '7600', unit: '亿元', comparator: '=', weight: '10', name: '上市公司总市值' }, [
      ['7600.01', '10.00'],
      ['7600', '8.00'],
      ['7400', '8.00'],
      ['7399', '6.00'],
      ['6700', '0.00'], // the gap 6600–6800: the lower neighbour scores nothing
      ['6800', '1.00'],
    ]);
    const t17 = '补助标准不超过50的，得20分，补助标准超过50万元的，不得分';
    check(
      t17,
      { value: '50', unit: '万元', comparator: '≤', weight: '20', name: '单个工程（项目）补助标准' },
      [
        ['50', '20.00'],
        ['50.01', '0.00'],
        ['500000元', '20.00'], // 50万元 written in 元: converted
        ['500100元', '0.00'],
      ],
    );
  });

  it('scores the default below a standard that only says when full points are earned (bangongting 361)', () => {
    check('≥95%即为满分', {}, [
      ['95', '10.00'],
      ['90', '9.47'],
    ]);
    expect(reasonOf('≥95%即为满分', {}, '90')).toContain('按默认规则：得分=90 ÷ 95×10=9.47');
  });
});

describe('bands on the completion rate', () => {
  it('scores 全部完成 / 达到90% … of a count target (bangongting 574), the gap 40%–60% by the lower neighbour', () => {
    const t574 =
      '按照走访数量；按照接待批次；全部完成得满分，达到90%得18分，达到80%得16分，达到70%得14分，达到60%得10分，低于40%不得分';
    check(
      t574,
      {
        value: '数量；批次；数量',
        unit: '家；批次；批次',
        comparator: '定量',
        weight: '20',
        name: '走访企业、单位数量',
      },
      [
        ['100%', '20.00'],
        ['99.99%', '18.00'],
        ['90%', '18.00'],
        ['60%', '10.00'],
        ['50%', '0.00'],
      ],
    );
    expect(scoreOf(t574, { value: '数量', unit: '家', comparator: '定量', weight: '20' }, '120')).toEqual({
      error: '指标值不是数值，无法计算完成率：请直接填写完成率（如“85%”）',
    });
  });

  it('computes the rate from the target: 完成90%及以上得满分 of 180个 (key projects 93)', () => {
    check(
      '完成90%及以上得满分，90%-60%（含）、60%-0%分别得8分、0分。',
      { value: '180', unit: '个', weight: '10', name: '全市经济发展的后备军' },
      [
        ['162', '10.00'], // exactly 90%
        ['161', '8.00'],
        ['108', '8.00'], // exactly 60% (含)
        ['107', '0.00'],
      ],
    );
  });
});

describe('bands on the deviation from the target', () => {
  const cost = { value: '10.34', unit: '万元', comparator: '≤' as const, weight: '20', name: '项目总成本' };
  const t362 = '以实际预算下达数为准，偏离目标40%不得分；偏离30%得5分；偏离20%得10分；偏离10%得15分';

  it('reads "偏离10%得15分" as 10% and more, below the first step the full weight by default (bangongting 362)', () => {
    check(t362, cost, [
      ['10.34', '20.00'],
      ['11.37', '20.00'], // 9.96%
      ['11.374', '15.00'], // 10.00%: the edge
      ['9', '15.00'], // under the target by 12.96%: a deviation too
      ['12.41', '10.00'], // 20.02%
      ['14.48', '0.00'], // 40.04%
      ['偏离35%', '5.00'],
    ]);
    expect(scoreOf(t362, cost, '10.34')).toMatchObject({
      reason:
        '偏离目标0%（实际10.34万元，目标10.34万元），属于“偏离小于10%”（评分标准未写此档，按满分计），得20分',
    });
  });

  it('counts only overruns where the budget is a ceiling (key projects 116), the overlap at 10% by the lower', () => {
    const t116 =
      '该指标分值为20分，预算成本控制在5500万元以内计20分，偏离10%以内计16分，偏离10%（含）-20%计12分、偏离20%（含）-30%计8分、偏离30%（含）-40%计4分、偏离40%及以上不得分';
    check(t116, { value: '5500', unit: '万元', comparator: '≤', weight: '20', name: '项目总成本' }, [
      ['5500', '20.00'],
      ['4000', '20.00'],
      ['6000', '16.00'], // 9.09% over
      ['6050', '12.00'], // exactly 10%: claimed by both, the lower
      ['7700', '0.00'], // 40%
    ]);
  });

  it('reads explicit ≤ / < deviation bands (key projects 109)', () => {
    const t109 =
      '偏离目标≤15%，得20分；15%<偏离目标≤30%，得15分；30%<偏离目标≤40%，得10分；偏离目标>40%，不得分。';
    check(t109, { value: '8000', unit: '万元', comparator: '≤', weight: '20', name: '项目总成本' }, [
      ['9200', '20.00'], // exactly 15%
      ['9201', '15.00'],
      ['4800', '10.00'], // 40% under
      ['11201', '0.00'],
    ]);
  });
});

describe('deductions', () => {
  it('takes 2 points per whole 5 口 short, down to zero (key projects 18)', () => {
    const t18 = '完成500口得20分，每少5口扣2分，扣完为止';
    check(t18, { value: '500', unit: '口', comparator: '=', weight: '20', name: '清淤整治山塘数' }, [
      ['500', '20.00'],
      ['520', '20.00'],
      ['496', '20.00'],
      ['495', '18.00'],
      ['491', '18.00'],
      ['490', '16.00'],
      ['451', '2.00'],
      ['450', '0.00'],
      ['0', '0.00'],
    ]);
    expect(scoreOf(t18, { value: '500', unit: '口', weight: '20' }, '490')).toMatchObject({
      reason: '实际490口，比基准500口少10口，每5口扣2分，计2步扣4.00分，得分=20-4.00=16.00',
    });
  });

  it('stops at the cutoff (key projects 19: 每降低2%扣1分，低于90%的不得分)', () => {
    check(
      '验收合格率100%的得10分，每降低2%扣1分，低于90%的不得分',
      { value: '100', weight: '10', name: '完工工程（项目）验收合格率' },
      [
        ['100', '10.00'],
        ['98', '9.00'],
        ['96.5', '9.00'],
        ['90', '5.00'],
        ['89.9', '0.00'],
      ],
    );
  });

  it('takes a share of the weight per step (bangongting 724: 满分分值/15; 80%及以下不得分)', () => {
    check(
      '满意度在95%及以上计10分,80% 及以下不得分, 每下降1%扣的分值=满意度满分分值/15,至单项分值扣完',
      { value: '95%', unit: null, weight: '10' },
      [
        ['95', '10.00'],
        ['94', '9.33'],
        ['81', '0.67'],
        ['80', '0.00'],
      ],
    );
  });

  it('counts occurrences (key projects 259) and months of delay (bangongting 707)', () => {
    const t259 =
      '城乡居民养老保险待遇均在每月25日之前发放完毕，计15分，每发现一例不符合要求，扣0.1分，扣完为止';
    check(
      t259,
      {
        value: '考核城乡居民养老保险待遇发放是否及时',
        unit: '个',
        comparator: '定量',
        weight: '15',
        name: '待遇发放及时性',
      },
      [
        ['0', '15.00'],
        ['3', '14.70'],
        ['3例', '14.70'],
        ['200', '0.00'],
      ],
    );
    expect(scoreOf(t259, { value: '考核', unit: '个', weight: '15' }, '-1')).toEqual({
      error: '次数“-1”不能为负数',
    });
    const t707 = '工作完成在2024年12月底之前，完成得10分，每延后1个月扣1分，扣完为止';
    check(t707, { value: '2024年度内', unit: '无', comparator: '定量', weight: '10', name: '工作完成时效' }, [
      ['0', '10.00'],
      ['2', '8.00'],
      ['2个月', '8.00'],
    ]);
  });

  it('deducts above a ceiling (key projects 295) and per cent of a reference that is not a rate (198)', () => {
    check(
      '预算控制率≤100%，得满分，每高于1%，扣0.1分。',
      { value: '100', comparator: '=', weight: '20', name: '预算控制率' },
      [
        ['100', '20.00'],
        ['95', '20.00'],
        ['103', '19.70'],
      ],
    );
    const t198 =
      '既有品质小区提升项目实施后，带动社会投资达到6000万元以上，得满分，社会投资每下降1%，扣0.1分，扣完为止。';
    check(t198, { value: '6000', unit: '万元', weight: '10', name: '撬动社会投资' }, [
      ['6000', '10.00'],
      ['5700', '9.50'], // 5% below
      ['0.57亿元', '9.50'],
    ]);
  });

  it('reads "少一次扣5分，一个都没有不得分" (key projects 176) and a floating allowance (134)', () => {
    check(
      '全部完成得满分，少一次扣5分，一个都没有不得分',
      { value: '2', unit: '次', weight: '15', name: '相关活动报道次数' },
      [
        ['2', '15.00'],
        ['1', '10.00'],
        ['0', '0.00'],
      ],
    );
    check(
      '上下浮动不超过20%, 计20分; 在此基础上, 浮动每超过10%, 计18分, 依次递减',
      { value: '19550', unit: '万元', comparator: '定量', weight: '20', name: '项目总成本' },
      [
        ['19550', '20.00'],
        ['23460', '20.00'], // exactly 20%
        ['25415', '18.00'], // 30%: one step past the allowance
        ['偏离60%', '12.00'],
      ],
    );
  });
});

describe('met or not', () => {
  it('compares a number with the target, or reads 完成/未完成 (bangongting 365)', () => {
    check(
      '完成计满分，未完成不得分',
      { value: '800', unit: '件', weight: '20', name: '办理全国、省、市提案议案' },
      [
        ['800', '20.00'],
        ['799', '0.00'],
        ['完成', '20.00'],
        ['未完成', '0.00'],
      ],
    );
    expect(errorOf('完成计满分，未完成不得分', { value: '800', unit: '件', weight: '20' }, '很好')).toBe(
      '应填写实际值（件）或“完成”或“未完成”，实际填写“很好”',
    );
  });

  it('scores what the standard leaves out by the default rule (bangongting 479: 完成计满分)', () => {
    check('完成计满分', { value: '24', unit: '场次', weight: '10', name: '新闻发布和在线访谈场次' }, [
      ['24', '10.00'],
      ['20', '8.33'],
    ]);
    check('完成计满分', { value: '2', unit: '次', comparator: '≤', weight: '10', name: '事故次数' }, [
      ['4', '5.00'],
    ]);
  });

  it('gives full points unless the failure written happens (key projects 351: 未在年内完成不得分)', () => {
    check(
      '未在年内完成不得分',
      { value: '2023年12月31日前完成', unit: '无', comparator: '定性', weight: '10' },
      [
        ['完成', '10.00'],
        ['未完成', '0.00'],
      ],
    );
  });

  it('lets the evaluator judge where the standard allows deducting "相应分数" (bangongting 587)', () => {
    const t = '按照区域经济合作范围，符合要求得满分，不符合要求不得分或扣相应分数';
    check(t, { value: '区域合作经济交流水平', unit: '扩大', comparator: '定性', weight: '5' }, [
      ['符合要求', '5.00'],
      ['不符合要求', '0.00'],
      ['3分', '3.00'],
    ]);
    expect(
      scoreOf(t, { value: '区域合作经济交流水平', unit: '扩大', comparator: '定性', weight: '5' }, '6分'),
    ).toEqual({
      error: '酌情给分6分超过满分5分',
    });
  });
});

describe('qualitative levels', () => {
  const t377 = '产生效益得满分，效果一般得3分，未推动不得分';
  it('matches the level written, or 达成 / 部分达成 / 未达成 (bangongting 377)', () => {
    check(t377, { value: '产生', unit: '无', comparator: '定性', weight: '6' }, [
      ['产生效益', '6.00'],
      ['效果一般', '3.00'],
      ['未推动', '0.00'],
      ['达成', '6.00'],
      ['部分达成', '3.00'],
      ['未达成', '0.00'],
    ]);
    expect(errorOf(t377, { value: '产生', unit: '无', comparator: '定性', weight: '6' }, '很好')).toContain(
      '“产生效益”、“效果一般”、“未推动”',
    );
  });

  it('reads year-on-year levels from the sign of the change (key projects 22)', () => {
    check(
      '较上年有增加的得6分，与上年持平的得4分，少于上年的不得分',
      { value: '较上年增加', unit: '定性', comparator: '定性', weight: '6' },
      [
        ['3%', '6.00'],
        ['0', '4.00'],
        ['-1', '0.00'],
        ['与上年持平', '4.00'],
      ],
    );
  });

  it('asks for the degree within a range (key projects 113: 100%-80%（含）、80%-60%（含）、60%-0%)', () => {
    const t113 =
      '分为基本达成目标、部分实现目标、实现目标程度较低三个档次，并分别按照该指标对应分值区间100%-80%（含）、80%-60%（含）、60%-0%合理确定分值。';
    const over = { value: '按阶段计划进度完成', unit: '完成', comparator: '定性' as const, weight: '5' };
    check(t113, over, [
      ['基本达成目标', '5.00'],
      ['部分实现目标 70%', '3.50'],
      ['4分', '4.00'],
    ]);
    expect(errorOf(t113, over, '部分实现目标')).toContain('请同时填写程度');
    expect(scoreOf(t113, over, '部分实现目标 85%')).toEqual({
      error: '“部分实现目标”的程度应在60%–80%之间，实际填写85%',
    });
  });
});

describe('standards in parts and the default rule', () => {
  it('scores each part with its own actual and adds them (key projects 337)', () => {
    const t337 =
      '①通过政府门户网站、报纸、宣传册等任一形式，积极宣传医疗救助政策计3分，否则不得分；②组织发动驻村帮扶工作队进行医疗救助政策入户宣传，主动发现对象的医疗救助需求，并告之办理程序，使其及时得到救助的计3分，每发现1例未及时救助的扣0.2分，扣完为止；③救助政策知晓率≥90%计4分，每下降1%扣0.1分，扣完为止。';
    const over = { value: '90', weight: '10', name: '救助政策宣传' };
    check(t337, over, [
      ['是；2；88%', '9.40'],
      ['否；0；90%', '7.00'],
    ]);
    expect(scoreOf(t337, over, '是；2')).toEqual({
      error: '该评分标准分3部分计分，应依次填写3个实际值，用“；”分隔（如“…；…；…”）',
    });
  });

  it('scores an unreadable standard by the default rule and says so (bangongting 535, 346)', () => {
    const t535 = '达到指标值加分、未达到扣分、与上一年持平不得分';
    check(t535, { value: '提高', unit: '无', comparator: '定性', weight: '4' }, [
      ['达成', '4.00'],
      ['部分达成 60%', '2.40'],
      ['未达成', '0.00'],
    ]);
    expect(reasonOf(t535, { value: '提高', unit: '无', comparator: '定性', weight: '4' }, '达成')).toMatch(
      /^评分标准无法解析，按默认规则/,
    );
    check('超过28人次，达到95%即为满分', { weight: '10' }, [
      ['95', '10.00'],
      ['90', '9.47'],
    ]);
  });

  it('scores proportionally (key projects 104: 得分=完成率*指标分值)', () => {
    check(
      '得分=完成率*指标分值。',
      { value: '2', unit: '家', weight: '10', name: '支持市内生物医药产业研究院' },
      [
        ['1', '5.00'],
        ['2', '10.00'],
        ['3', '10.00'],
      ],
    );
  });
});
