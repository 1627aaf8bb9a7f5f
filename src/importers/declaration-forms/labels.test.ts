import { describe, expect, it } from 'vitest';
import { matchLabel } from './labels.js';

describe('form labels', () => {
  it.each([
    ['项目名称', 'name', 'none'],
    ['项 目 名 称', 'name', 'none'],
    ['单位已有的（或拟订的）保障项目实施的制度、措施', 'measures', 'none'],
    ['本年 度绩 效目', 'annualGoal', 'cut'],
    ['长期 绩效 目标', 'longTermGoal', 'none'],
    ['项目资金申请（万元）', 'funding', 'none'],
    ['其他说明的 问题', 'otherNotes', 'none'],
    ['财 政 核 审 部 门 意 见', 'reviewOpinion', 'scrambled'],
    ['部门 基本 信息', 'departmentSection', 'none'],
    ['年度 整体 支出 目标', 'goal', 'none'],
    ['联系电话：', 'phone', 'none'],
  ])('reads %j as label %s (%s)', (text, id, repair) => {
    expect(matchLabel(text)).toMatchObject({ label: { id }, repair });
  });

  it.each([
    '县政府办',
    '财务制度',
    '本年度绩效目标是保障全年工作正常开展的重要依据',
    '单位已有的制度能够保障项目顺利实施并持续发挥效益',
    '无',
    '',
    '名称',
  ])('does not take the value %j for a label', (text) => {
    expect(matchLabel(text)).toBeNull();
  });
});

describe('form label variants', () => {
  it.each([
    ['项目资金申请', 'funding', 'cut'],
    ['单位年度收入预算（元）', 'income', 'none'],
    ['单位已有的保障项目实施的制度、措施', 'measures', 'none'],
  ])('reads %j as label %s (%s)', (text, id, repair) => {
    expect(matchLabel(text)).toMatchObject({ label: { id }, repair });
  });
});
