import { describe, expect, it } from 'vitest';
import {
  deleteLine,
  findingsOf,
  itFindsNothingIn,
  lines,
  mutatedDoc,
  replace,
  shown,
} from '../../test-support/fixtures.js';
import { contentsMatchTables } from './contents-match-tables.js';

describe('text-contents-match-tables', () => {
  itFindsNothingIn(['bangongting', 'beijing'], contentsMatchTables);

  it('reports a table the contents list and the document does not print (title at 318 no longer a table)', () => {
    const doc = mutatedDoc('bangongting', [318, replace('情况表', '情况')]);
    expect(shown(findingsOf(contentsMatchTables, doc))).toEqual([
      {
        severity: 'error',
        lines: [28],
        message: '目录列有“八、政府性基金预算支出表”，但文档中没有“政府性基金预算支出表”',
        table: '政府性基金预算支出表',
        found: '八、政府性基金预算支出表',
        expected: '（文档中无此表）',
      },
    ]);
  });

  it('warns of a printed table the contents do not list (entry 28 deleted; the title moves to line 317)', () => {
    const doc = mutatedDoc('bangongting', [28, deleteLine]);
    expect(lines(findingsOf(contentsMatchTables, doc))).toEqual([
      '317 warning: 政府性基金预算支出表（第317行“2024年政府性基金预算支出情况表”）未列入目录',
    ]);
  });

  it('warns of an entry that names no table of the template', () => {
    const doc = mutatedDoc('bangongting', [28, replace('政府性基金预算支出表', '政府性基金预算支出明细表')]);
    expect(
      findingsOf(contentsMatchTables, doc).map((f) => `${f.lines.join(',')} ${f.severity} ${f.message}`),
    ).toEqual([
      '28 warning 目录项“八、政府性基金预算支出明细表”不是湖南省部门预算公开（十张表）的表名',
      '318,30 warning 政府性基金预算支出表（第318行“2024年政府性基金预算支出情况表”）未列入目录',
    ]);
  });

  it('warns of contents in another order than the tables (entries 22 and 23 swapped)', () => {
    const doc = mutatedDoc(
      'bangongting',
      [22, replace('二、部门收入总表', '三、部门支出总表')],
      [23, replace('三、部门支出总表', '二、部门收入总表')],
    );
    expect(shown(findingsOf(contentsMatchTables, doc))).toEqual([
      {
        severity: 'warning',
        lines: [23, 157, 174],
        message:
          '目录中“三、部门支出总表”在“二、部门收入总表”之前，正文中后者（第157行）却印在前者（第174行）之前',
        found: '二、部门收入总表 在正文第157行',
        expected: '在第174行之后',
      },
    ]);
  });

  it('warns of a section the contents list and the explanation lacks (heading 106 removed)', () => {
    const doc = mutatedDoc('bangongting', [106, replace('五、政府性基金预算支出', '政府性基金')]);
    expect(lines(findingsOf(contentsMatchTables, doc))).toEqual([
      '15 warning: 目录列有“五、政府性基金预算支出”，但说明中没有这一部分',
    ]);
  });
});
