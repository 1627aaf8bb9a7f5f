import { describe, expect, it } from 'vitest';
import type { Amount } from '../../core/model/common.js';
import { importXiangyin } from '../../test-support/corpus.js';

const doc = importXiangyin();
const form = doc.departmentForms[0];
const figures = (record: Record<string, Amount | null> | undefined) =>
  Object.fromEntries(
    Object.entries(record ?? {}).map(([k, v]) => [
      k,
      v ? [v.value.toString(), v.source.line, v.source.column] : null,
    ]),
  );

describe('declaration forms: the whole-department form (lines 90–123)', () => {
  it('is titled on line 92 with the stray space removed, and filled by 湘阴县人民政府办公室 / 王锐', () => {
    expect(form?.title).toEqual({
      value: '2023年度湘阴县人民政府办公室整体支出预算绩效目标申报表',
      source: { line: 92 },
    });
    expect([form?.filler, form?.unitLeader]).toEqual(['湘阴县人民政府办公室', '王锐']);
  });

  it('reads unit, liaison and staff numbers (实有人数 80 above 人员编制数 70, as printed)', () => {
    expect(form?.unit).toEqual({ value: '湘阴县政府办', source: { line: 98, column: 3 } });
    expect(form?.liaison).toEqual({ value: '方小莉', source: { line: 99, column: 3 } });
    expect(form?.liaisonPhone).toBe('2115589');
    expect(form?.staffQuota).toEqual({ value: 70, source: { line: 100, column: 3 } });
    expect(form?.staffActual).toEqual({ value: 80, source: { line: 100, column: 5 } });
    expect(form?.duties?.value).toBe(
      '湘阴县人民政府办公室是县人民政府的日常办事机构，负责办理县人民政府的日常事务。',
    );
  });

  it('reads income 1520.67 = 公共财政拨款 1520.67, the other sources blank', () => {
    expect(figures(form?.income)).toEqual({
      total: ['1520.67', 104, 2],
      general: ['1520.67', 104, 3],
      fund: null,
      nonTax: null,
      other: null,
    });
  });

  it('reads expenditure 1520.67 = 基本支出 1100.67 + 项目支出 420, matched by column over the empty cell', () => {
    expect(figures(form?.expenditure)).toEqual({
      total: ['1520.67', 107, 2],
      basic: ['1100.67', 107, 3],
      project: ['420', 107, 5],
    });
  });

  it('keeps 三公 as printed: 合计 13 with 公务接待费 13.18 (the review flags the difference)', () => {
    expect(figures(form?.threePublic)).toEqual({
      total: ['13', 110, 2],
      vehicle: ['0', 110, 3],
      abroad: ['0', 110, 5],
      reception: ['13.18', 110, 6],
    });
    expect(form?.threePublic['reception']?.text).toBe('13.18');
  });

  it('reads the overall goal, other notes and the opinion under the scrambled label "财 政 核 审 部 门 意 见"', () => {
    expect(form?.goal?.value).toMatch(/^目标1：提供优质决策参谋，为县政府提供有益参考。/);
    expect(form?.goal?.value).toMatch(/目标3：严督促督查督办，督促督查督办各项重点工作已有效落实。$/);
    expect(form?.goal?.source).toEqual({ line: 111, column: 3 });
    expect(form?.otherNotes).toEqual({ value: '无', source: { line: 122, column: 2 } });
    expect(form?.reviewOpinion).toEqual({
      value: '同意申报，请严格按照绩效目标组织实施 2022 年 11 月 28日',
      source: { line: 123, column: 2 },
    });
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'words-joined', severity: 'info', source: { line: 123, column: 1 } }),
    );
  });

  it('reads seven indicators (lines 114–121)', () => {
    expect(form?.indicators.map((i) => i.source.line)).toEqual([114, 115, 116, 117, 119, 120, 121]);
  });
});
