import { describe, expect, it } from 'vitest';
import {
  findingsOf,
  itFindsNothingIn,
  lines,
  mutatedDoc,
  replace,
  shown,
} from '../../test-support/fixtures.js';
import { placeholder } from './placeholder.js';

describe('text-placeholder', () => {
  itFindsNothingIn(['bangongting', 'beijing', 'keyProjects', 'xiangyin'], placeholder);

  it('reports XX left for the unit in the 2024 explanation (line 81)', () => {
    const doc = mutatedDoc('bangongting', [81, replace('本部门收入预算', 'XX单位收入预算')]);
    expect(shown(findingsOf(placeholder, doc))).toEqual([
      {
        severity: 'error',
        lines: [81],
        message: '说明“…入等单位资金。2024年XX单位收入预算6563.63…”含模板占位符“XX”，该处内容未填写',
        found: 'XX',
        expected: '实际内容',
      },
    ]);
  });

  it('reports a template variable in a table note, with its table (line 155)', () => {
    const doc = mutatedDoc('bangongting', [155, replace('反映部门', '反映{单位}')]);
    expect(shown(findingsOf(placeholder, doc))).toEqual([
      {
        severity: 'error',
        lines: [155],
        message:
          '部门收支总表表注“注：本表反映{单位}本年度的收支总体情况。”含模板变量“{单位}”，该处内容未填写',
        table: '部门收支总表',
        found: '{单位}',
        expected: '实际内容',
      },
    ]);
  });

  it('reports 待填写 in a declaration form, with its project (xiangyin line 34)', () => {
    const doc = mutatedDoc('xiangyin', [34, replace('保障工作经费的正常开展', '待填写')]);
    expect(shown(findingsOf(placeholder, doc))).toEqual([
      {
        severity: 'error',
        lines: [34],
        message:
          '“驻京联络维稳工作组”申报表“…络、招商工作的顺利开展，待填写。”含模板填写提示“待填写”，该处内容未填写',
        project: '驻京联络维稳工作组',
        found: '待填写',
        expected: '实际内容',
      },
    ]);
  });

  it('points at the second line of a paragraph joined over a page break (×× on line 116)', () => {
    const doc = mutatedDoc('bangongting', [116, replace('公务接待费预算减少', '公务接待费预算减少××')]);
    expect(lines(findingsOf(placeholder, doc))).toEqual([
      '116 error: 说明“…要求，公务接待费预算减少××12.4万元，公务用车购…”含模板占位符“××”，该处内容未填写',
    ]);
  });

  it('reports （略） and a single X for a figure', () => {
    const doc = mutatedDoc(
      'bangongting',
      [118, replace('人数约 2050 人', '人数约（略）人')],
      [120, replace('267.17 万元，其中', 'X万元，其中')],
    );
    expect(findingsOf(placeholder, doc).map((f) => `${f.lines.join(',')} ${f.found ?? ''}`)).toEqual([
      '118 （略）',
      '120 X',
    ]);
  });

  it('warns of …… in the explanation but not of the dot leaders of the contents', () => {
    const doc = mutatedDoc(
      'bangongting',
      [21, replace('- 一、部门收支总表', '一、部门收支总表……………… 1')],
      [104, replace('合作交流等方面的工作', '合作交流……等方面的工作')],
    );
    expect(shown(findingsOf(placeholder, doc))).toEqual([
      {
        severity: 'warning',
        lines: [104],
        message: '说明“…运维、招商引资、合作交流……等方面的工作。”含省略号“……”，可能代替了未写出的内容',
        found: '……',
        expected: '实际内容',
      },
    ]);
  });

  it('does not take X in a Latin word or an ordinary multiplication sign for a placeholder', () => {
    const doc = mutatedDoc('bangongting', [104, replace('值班系统运维', 'XXL值班系统运维，得分=完成率×10')]);
    expect(findingsOf(placeholder, doc)).toEqual([]);
  });
});
