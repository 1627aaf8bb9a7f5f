import { describe, expect, it } from 'vitest';
import {
  findingsOf,
  itFindsNothingIn,
  lines,
  mutatedDoc,
  replace,
  shown,
} from '../../test-support/fixtures.js';
import { classNames } from './class-names.js';

/** The 2024 explanation's 项目支出 paragraph (line 104) naming its class as `words`. */
function naming(words: string) {
  return mutatedDoc('bangongting', [
    104,
    replace('其中：一般公共服务支出1161.75万元，', `其中：${words}1161.75万元，`),
  ]);
}

describe('text-class-names', () => {
  itFindsNothingIn(['bangongting', 'beijing', 'xiangyin'], classNames);

  it('accepts names that are those of the tables and the catalogue, in every form', () => {
    const doc = naming(
      '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）；“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目；住房保障支出（类）住房改革支出（款）住房公积金（项）；2010302一般行政管理事务',
    );
    expect(findingsOf(classNames, doc)).toEqual([]);
  });

  it('reports a 款 written under another class (the 22102 住房改革支出 under 208)', () => {
    const doc = naming('社会保障和就业支出（类）住房改革支出（款）住房公积金（项）');
    expect(shown(findingsOf(classNames, doc))).toEqual([
      {
        severity: 'error',
        lines: [104],
        message: '说明“住房改革支出（款）”是 22102，属于 221 住房保障支出，不属于 208 社会保障和就业支出',
        found: '住房改革支出',
        expected: '社会保障和就业支出下的款级科目',
      },
    ]);
  });

  it('reports a 项 under another 款 in a quoted path', () => {
    const doc = naming('“一般公共服务支出-政府办公厅（室）及相关机构事务-行政单位医疗”科目');
    expect(lines(findingsOf(classNames, doc))).toEqual([
      '104 error: 说明“行政单位医疗（项）”是 2101101，属于 21011 行政事业单位医疗，不属于 20103 政府办公厅（室）及相关机构事务',
    ]);
  });

  it('reports a code printed with another code’s name (2010302 is 一般行政管理事务 in the tables)', () => {
    const doc = naming('2010302机关服务');
    expect(shown(findingsOf(classNames, doc))).toEqual([
      {
        severity: 'error',
        lines: [104],
        message: '说明科目编码 2010302 后写“机关服务”，该编码的名称是“一般行政管理事务”',
        found: '2010302 机关服务',
        expected: '2010302 一般行政管理事务',
      },
    ]);
  });

  it('reports a 款 name used as a class, and warns of a 项 the tables do not have', () => {
    expect(lines(findingsOf(classNames, naming('住房改革支出（类）')))).toEqual([
      '104 error: 说明“住房改革支出”作为类级科目，不是功能分类的类名（“住房改革支出”是 22102 的名称，不是类）',
    ]);
    expect(
      lines(
        findingsOf(
          classNames,
          naming('一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）会议服务（项）'),
        ),
      ),
    ).toEqual([
      '104 warning: 说明“会议服务（项）”不在本文件功能分类表 20103 政府办公厅（室）及相关机构事务 之下（表中没有这一项）',
    ]);
  });

  it('warns of a table row whose name is not its code’s (部门收入总表 line 169: 2010301 机关服务)', () => {
    const doc = mutatedDoc('bangongting', [169, replace('行政运行', '机关服务')]);
    expect(shown(findingsOf(classNames, doc))).toEqual([
      {
        severity: 'warning',
        lines: [169],
        message: '部门收入总表 2010301 的名称“机关服务”不是该编码在功能分类中的名称“行政运行”',
        table: '部门收入总表',
        found: '2010301 机关服务',
        expected: '2010301 行政运行',
      },
    ]);
  });
});
