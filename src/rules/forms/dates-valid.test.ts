import { describe, expect, it } from 'vitest';
import { corpusDoc, findingsOf, lines, mutatedDoc, replace, shown } from '../../test-support/fixtures.js';
import { datesValid } from './dates-valid.js';

describe('form-dates-valid', () => {
  it('reports "2023/1/12月" and accepts every other date and period of Xiangyin', () => {
    // Accepted: 2023年1月-12月, 202301-202312, 2023.01--2023.12, 2023年1月—12月, 2023. 01. 01, 2023年12月31日 …
    expect(shown(findingsOf(datesValid, corpusDoc('xiangyin')))).toEqual([
      {
        severity: 'warning',
        lines: [32],
        message: '项目“驻京联络维稳工作组”实施进度计划的结束时间“2023/1/12月”不是有效日期',
        project: '驻京联络维稳工作组',
        found: '2023/1/12月',
        expected: '日期或期间，如 2023年12月31日、2023.01—2023.12',
      },
    ]);
  });

  it('is satisfied once the end date is written out (line 32: 2023年12月31日)', () => {
    const doc = mutatedDoc('xiangyin', [32, replace('2023/1/12月', '2023年12月31日')]);
    expect(findingsOf(datesValid, doc)).toEqual([]);
  });

  it('reports a 项目起止时间 with a thirteenth month (line 57: 202301-202313)', () => {
    const doc = mutatedDoc('xiangyin', [57, replace('202301-202312', '202301-202313')]);
    expect(lines(findingsOf(datesValid, doc))).toEqual([
      '32 warning: 项目“驻京联络维稳工作组”实施进度计划的结束时间“2023/1/12月”不是有效日期',
      '57 warning: 项目“湘阴县平安城市及雪亮工程项目工作协调经费”项目起止时间“202301-202313”不是有效日期',
    ]);
  });
});
