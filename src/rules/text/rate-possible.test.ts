import { describe, expect, it } from 'vitest';
import {
  findingsOf,
  itFindsNothingIn,
  lines,
  mutatedDoc,
  replace,
  shown,
} from '../../test-support/fixtures.js';
import { ratePossible } from './rate-possible.js';

/** Puts a final-accounts sentence after 政府采购 (line 120) of the 2024 budget. */
function withSentence(sentence: string) {
  return mutatedDoc('bangongting', [
    120,
    replace('服务类采购预算 0 万元。', `服务类采购预算 0 万元。${sentence}`),
  ]);
}

describe('text-rate-possible', () => {
  itFindsNothingIn(['bangongting', 'beijing', 'keyProjects', 'xiangyin'], ratePossible);

  it('reports a share over 100% (line 100)', () => {
    const doc = mutatedDoc('bangongting', [100, replace('占100.00%', '占110.00%')]);
    expect(shown(findingsOf(ratePossible, doc))).toEqual([
      {
        severity: 'error',
        lines: [100],
        message: '说明“…支出6563.63万元，占110.00%。具体安排情况如下：”：部分占整体的比例不能超过100%',
        found: '110.00%',
        expected: '不超过100%',
      },
    ]);
  });

  it('reports a completion rate against a budget of zero (the published example)', () => {
    const doc = withSentence('年初预算为0万元，支出决算为307.82万元，完成年初预算的95.89%。');
    expect(shown(findingsOf(ratePossible, doc))).toEqual([
      {
        severity: 'error',
        lines: [120],
        message:
          '说明“年初预算为0万元，支出决算为307.82万元，完成年初预算的95.89%”：年初预算为 0，完成预算的百分比无从计算（决算 307.82 ÷ 0），应说明预算为零的原因，不写完成率',
        found: '完成年初预算的95.89%',
        expected: '（预算为零，无完成率）',
      },
    ]);
    const nothing = withSentence('年初预算为0万元，支出决算为0万元，完成年初预算的0%。');
    expect(findingsOf(ratePossible, nothing).map((f) => `${f.severity} ${f.found ?? ''}`)).toEqual([
      'warning 完成年初预算的0%',
    ]);
  });

  it('recomputes a completion rate from the figures before it, exactly', () => {
    const doc = withSentence('年初预算为 10.00 万元，支出决算为 9.00 万元，完成年初预算的91.00%。');
    expect(lines(findingsOf(ratePossible, doc))).toEqual([
      '120 error: 说明“年初预算为10.00万元，支出决算为9.00万元，完成年初预算的91.00%”：决算 9.00 ÷ 年初预算 10.00 = 90.00%，所印 91.00% 相差 +1.00',
    ]);
    // 2940.05 ÷ 2993.92 = 98.2007% (the Shanghai final accounts' figures).
    expect(
      findingsOf(
        ratePossible,
        withSentence('年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。'),
      ),
    ).toEqual([]);
  });

  it('warns of a completion rate with no budget stated for it', () => {
    const doc = withSentence('其中：公务接待费决算为0.00万元，完成预算的0%。');
    expect(
      findingsOf(ratePossible, doc).map((f) => `${f.lines.join(',')} ${f.severity} ${f.found ?? ''}`),
    ).toEqual(['120 warning 完成预算的0%']);
  });
});
