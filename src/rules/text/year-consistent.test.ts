import { describe, expect, it } from 'vitest';
import {
  findingsOf,
  itFindsNothingIn,
  lines,
  mutatedDoc,
  replace,
  shown,
} from '../../test-support/fixtures.js';
import { yearConsistent } from './year-consistent.js';

describe('text-year-consistent', () => {
  // 2024: 截至 2023 年 12 月底 and 较2023年减少; 2023 (Beijing): 截至2022年12月底 and 与 2022 年持平;
  // the forms' review dates of 2022 and the key projects' policy years are not statements of the budget.
  itFindsNothingIn(['bangongting', 'beijing', 'keyProjects', 'xiangyin'], yearConsistent);

  it('reports last year left in a statement of this year’s budget (line 81)', () => {
    const doc = mutatedDoc('bangongting', [81, replace('2024年本部门收入预算', '2023年本部门收入预算')]);
    expect(shown(findingsOf(yearConsistent, doc))).toEqual([
      {
        severity: 'error',
        lines: [81],
        message:
          '说明“…入、事业收入等单位资金。2023年本部门收入预算6563.63万…”写的是 2023 年，文档年度为 2024 年（封面第5行）',
        found: '2023年',
        expected: '2024年',
      },
    ]);
  });

  it('reports a table title of another year, with the table (line 136)', () => {
    const doc = mutatedDoc('bangongting', [136, replace('2024年', '2023年')]);
    expect(shown(findingsOf(yearConsistent, doc))).toEqual([
      {
        severity: 'error',
        lines: [136],
        message:
          '部门收支总表标题“2023年部门收支总体情况表”的年份 2023 年与文档年度 2024 年（封面第5行）不一致',
        table: '部门收支总表',
        found: '2023年',
        expected: '2024年',
      },
    ]);
  });

  it('checks the title of every page of a table (second page of 财政拨款收支总表, line 222)', () => {
    const doc = mutatedDoc('bangongting', [222, replace('2024年', '2022年')]);
    expect(lines(findingsOf(yearConsistent, doc))).toEqual([
      '222 error: 财政拨款收支总表标题“2022年财政拨款收支总体情况表”的年份 2022 年与文档年度 2024 年（封面第5行）不一致',
    ]);
  });

  it('checks the contents and the part headings', () => {
    const doc = mutatedDoc(
      'bangongting',
      [19, replace('第二部分 2024 年', '第二部分 2023 年')],
      [134, replace('第二部分 2024 年', '第二部分 2025 年')],
    );
    expect(findingsOf(yearConsistent, doc).map((f) => `${f.lines.join(',')} ${f.found ?? ''}`)).toEqual([
      '19 2023年',
      '134 2025年',
    ]);
  });

  it('reports the stock date of a budget that is not the end of the year before (Beijing line 113)', () => {
    const doc = mutatedDoc('beijing', [113, replace('截至2022年', '截至2023年')]);
    expect(shown(findingsOf(yearConsistent, doc))).toEqual([
      {
        severity: 'error',
        lines: [113],
        message:
          '说明“…使用及新增资产配置情况：截至2023年12月底，本单位共有公务用车3辆…”：2023年预算的存量应截至 2022 年末，所写为 2023 年',
        found: '2023年',
        expected: '2022年',
      },
    ]);
  });

  it('allows last year in a comparison and warns of a comparison with another year', () => {
    const compares = mutatedDoc('bangongting', [81, replace('收入较去年增加', '较2023年本部门收入增加')]);
    expect(findingsOf(yearConsistent, compares)).toEqual([]);
    const older = mutatedDoc('bangongting', [114, replace('较2023年减少', '较2022年减少')]);
    expect(lines(findingsOf(yearConsistent, older))).toEqual([
      '114 warning: 说明“…2024年“三公”经费预算较2022年减少21.89万元，主要…”与 2022 年比较，2024 年的文档应与上一年度 2023 年比较',
    ]);
  });

  it('takes the year most titles print: a cover of another year is the one finding (xiangyin line 3)', () => {
    const doc = mutatedDoc('xiangyin', [3, replace('2023年度', '2022年度')]);
    expect(shown(findingsOf(yearConsistent, doc))).toEqual([
      {
        severity: 'error',
        lines: [3],
        message:
          '项目支出绩效目标申报表标题“2022年度湘阴县人民政府办公室项目支出预算绩效目标申报表”的年份 2022 年与文档年度 2023 年（7处标题所写）不一致',
        table: '项目支出绩效目标申报表',
        project: '驻京联络维稳工作组',
        found: '2022年',
        expected: '2023年',
      },
    ]);
  });
});
