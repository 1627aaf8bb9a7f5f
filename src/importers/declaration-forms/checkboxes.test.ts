import { describe, expect, it } from 'vitest';
import { PROJECT_ATTRIBUTES, PROJECT_TYPES, knownOption, parseCheckboxes } from './checkboxes.js';

describe('checkbox fields', () => {
  it('reads 项目属性 with 延续项目 checked (line 10)', () => {
    expect(parseCheckboxes('新增项目 ☐ 延续项目 ☑')).toEqual([
      { label: '新增项目', checked: false },
      { label: '延续项目', checked: true },
    ]);
  });

  it('reads the nine 项目类型 options without numbering or 其中：', () => {
    const options = parseCheckboxes(
      '1. 基本建设类 ☐ 其中：新建 ☐ 扩建 ☐ 改建 ☐ 2. 行政事业类 ☐ 其中：采购类 ☐ 修缮类 ☐ 奖励类 ☐ 3. 其他专项类 ☑',
    );
    expect(options.map((o) => o.label)).toEqual([...PROJECT_TYPES]);
    expect(options.filter((o) => o.checked).map((o) => o.label)).toEqual(['其他专项类']);
  });

  it.each([
    ['其其他专项类', '其他专项类'],
    ['其他专项类', '其他专项类'],
    ['修缮类', '修缮类'],
    ['装修类', null],
  ])('takes %j for the option %j', (label, option) => {
    expect(knownOption(label, PROJECT_TYPES)).toBe(option);
  });

  it('knows only the two project attributes', () => {
    expect(knownOption('延续项目', PROJECT_ATTRIBUTES)).toBe('延续项目');
    expect(knownOption('续建项目', PROJECT_ATTRIBUTES)).toBeNull();
  });
});
