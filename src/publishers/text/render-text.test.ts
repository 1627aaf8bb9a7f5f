import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import type { AmountTable, BalanceTable } from '../../core/model/tables.js';
import { importDepartment, importKeyProjectsCorpus, importXiangyin } from '../../test-support/corpus.js';
import { cloneModel } from '../../test-support/model-equal.js';
import { renderText } from './index.js';

const bangongting = importDepartment('bangongting');
const text = renderText(bangongting);
const lines = text.split('\n');

/** The lines from the one equal to `title` up to (not including) the next blank line after its rows. */
function tableLines(all: readonly string[], title: string): string[] {
  const start = all.indexOf(title);
  expect(start, `title ${title}`).toBeGreaterThanOrEqual(0);
  const rowsStart = all.findIndex((l, i) => i > start && l.includes('\t'));
  const end = all.findIndex((l, i) => i > rowsStart && l === '');
  return all.slice(rowsStart, end);
}

describe('renderText: department budget', () => {
  it('opens with the cover, the contents and Part 1 as the corpus prints them', () => {
    expect(lines.slice(0, 5)).toEqual(['长沙市人民政府办公厅', '', '2024年部门预算公开', '', '目录']);
    expect(lines).toContain('- 七、一般公共预算“三公”经费支出表');
    expect(lines).toContain('一、部门基本概况');
    expect(lines).toContain('（二）机构设置');
    expect(lines.findIndex((l) => l === '第一部分 部门预算公开说明')).toBeLessThan(
      lines.indexOf('一、部门基本概况'),
    );
  });

  it('prints each table with its title, 部门名称 and 单位 lines', () => {
    const i = lines.indexOf('2024年部门收支总体情况表');
    expect(lines.slice(i, i + 6)).toEqual([
      '2024年部门收支总体情况表',
      '',
      '部门名称：长沙市人民政府办公厅',
      '',
      '单位：万元',
      '',
    ]);
  });

  it('pairs the two sides of 部门收支总表: subtotals and totals on one row, 上年结转 beside 结余分配', () => {
    expect(tableLines(lines, '2024年部门收支总体情况表')).toEqual([
      '收入\t\t支出\t',
      '项目\t本年预算\t项目\t本年预算',
      '本级财政拨款收入\t6,563.63\t基本支出\t5,401.88',
      '财政专户管理事业收入\t\t项目支出\t1,161.75',
      '事业单位经营服务收入\t\t事业单位经营支出\t',
      '上级补助收入\t\t对附属单位补助支出\t',
      '其它收入\t\t上缴上级支出\t',
      '事业收入\t\t\t',
      '本年收入合计\t6,563.63\t本年支出合计\t6,563.63',
      '上年结转\t\t结余分配\t',
      '\t\t结转下年\t',
      '收入总计\t6,563.63\t支出总计\t6,563.63',
    ]);
  });

  it('keeps the 22 functional classes of 财政拨款收支总表 under 本年支出 and 上年结转 beside 结转下年', () => {
    const rows = tableLines(lines, '2024年财政拨款收支总体情况表');
    expect(rows).toHaveLength(2 + 1 + 22 + 2);
    expect(rows[3]).toBe('一般公共预算拨款收入\t6,563.63\t一般公共服务支出\t6,563.63\t6,563.63\t\t');
    expect(rows[25]).toBe('上年结转\t\t结转下年\t\t\t\t');
  });

  it('prints 本级财政拨款 over 金额 / 其中：经费拨款 and the numbering row in 部门收入总表', () => {
    const rows = tableLines(lines, '2024年部门收入总体情况表');
    expect(rows[0]?.split('\t').slice(0, 8)).toEqual([
      '类',
      '款',
      '项',
      '功能科目',
      '合计',
      '本级财政拨款',
      '',
      '财政专户管理事业收入',
    ]);
    expect(rows[1]?.split('\t').slice(4, 7)).toEqual(['', '金额', '其中：经费拨款']);
    expect(rows[2]).toBe('\t\t\t\t1\t2\t3\t4\t5\t6\t7\t8\t9');
  });

  it('prints functional codes in 类/款/项 columns, leaving 类 blank on a 款 row under its 类', () => {
    expect(tableLines(lines, '2024年一般公共预算支出情况表').slice(3)).toEqual([
      '\t\t\t合计\t6,563.63\t5,401.88\t1,161.75',
      '201\t\t\t一般公共服务支出\t6,563.63\t5,401.88\t1,161.75',
      '\t03\t\t政府办公厅（室）及相关机构事务\t6,563.63\t5,401.88\t1,161.75',
      '201\t03\t01\t行政运行\t5,401.88\t5,401.88\t',
      '201\t03\t02\t一般行政管理事务\t1,161.75\t\t1,161.75',
    ]);
  });

  it('prints 基本支出表 with economic codes, all 32 rows on one page', () => {
    const rows = tableLines(lines, '2024年一般公共预算基本支出情况表');
    expect(rows[0]).toBe('经济科目编码\t经济科目名称\t总计\t人员类\t公用经费');
    expect(rows[2]).toBe('\t合计\t5,401.88\t4,815.97\t585.91');
    expect(rows).toContain('30103\t奖金\t1,139.98\t1,139.98\t');
    expect(rows).toHaveLength(2 + 32);
  });

  it('prints the empty 政府性基金 table with its zero row and its note', () => {
    const i = lines.indexOf('2024年政府性基金预算支出情况表');
    expect(tableLines(lines, '2024年政府性基金预算支出情况表')[3]).toBe('\t\t\t\t0\t0\t0');
    expect(lines.slice(i).find((l) => l.startsWith('注：'))).toBe(
      '注：长沙市人民政府办公厅没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。',
    );
  });

  it('prints 项目支出绩效目标表 with one row per indicator, project cells on its first row only', () => {
    const rows = tableLines(lines, '2024年项目支出绩效目标表');
    expect(rows[2]).toBe('合计\t\t1,161.75' + '\t'.repeat(10));
    expect(rows[3]).toBe('104001\t长沙市人民政府办公厅\t795.80' + '\t'.repeat(10));
    expect(rows[4]?.split('\t').slice(0, 8)).toEqual([
      '104001',
      '110联动经费',
      '33.34',
      '保障全年市政府值班工作正常开展及110联动调度顺畅',
      '成本指标',
      '经济成本指标',
      '保障办公值班经费',
      '15',
    ]);
    // Same project, same 一级 and 二级: blank ("same as above").
    expect(rows[5]).toBe(
      '\t\t\t\t\t\t110联动单位工作经费下拨\t10\t下拨经费到联动单位不少于10万元\t完成即为满分，未完成不计分\t万元\t≥\t10',
    );
    // 15 projects, 3 unit subtotal rows and 合计, every indicator on its own row.
    const indicators = bangongting.projectTargets.reduce((n, p) => n + Math.max(1, p.indicators.length), 0);
    expect(rows).toHaveLength(2 + 1 + 3 + indicators);
    // Each unit's subtotal row comes right before its first project.
    const shenzhen = rows.findIndex((r) => r.startsWith('104004\t长沙市人民政府驻深圳办事处\t234.44'));
    expect(rows[shenzhen + 1]?.startsWith('104004\t对外联络、协调、交流合作专项\t171.94\t')).toBe(true);
  });

  it('prints 部门整体支出绩效目标表 with the funding split on each unit’s first row', () => {
    const rows = tableLines(lines, '2024年部门整体支出绩效目标表');
    expect(rows.slice(0, 3).map((r) => r.split('\t').length)).toEqual([19, 19, 19]);
    const first = rows[3]?.split('\t') ?? [];
    expect(first.slice(0, 9)).toEqual([
      '104001',
      '长沙市人民政府办公厅',
      '5,579.00',
      '5,579.00',
      '',
      '',
      '',
      '4,783.20',
      '795.80',
    ]);
    expect(first.slice(10, 16)).toEqual(['成本指标', '经济成本指标', '预算控制率', '≤', '100', '%']);
    expect(rows.filter((r) => /^\d{6}\t/.test(r)).map((r) => r.split('\t')[2])).toEqual([
      '5,579.00',
      '595.00',
      '389.63',
    ]);
  });

  it('prints an amount whose value changed at its own precision instead of the stale text', () => {
    const copy = cloneModel(bangongting);
    const summary = copy.tables.summary as BalanceTable;
    const first = summary.income[0]?.amounts['budget'];
    if (!first) throw new Error('no 本级财政拨款收入 amount');
    summary.income[0] = {
      ...summary.income[0]!,
      amounts: { budget: { ...first, value: Decimal.from('6600.00') } },
    };
    expect(renderText(copy)).toContain('本级财政拨款收入\t6,600.00\t基本支出\t5,401.88');
  });

  it('prints a missing table as missing, not as an empty one', () => {
    const copy = cloneModel(bangongting);
    delete copy.tables['three-public'];
    const out = renderText(copy);
    expect(out).not.toContain('“三公”经费支出情况表\n');
    expect((copy.tables['fund-expenditure'] as AmountTable).empty).toBe(true);
    expect(out).toContain('2024年政府性基金预算支出情况表');
  });
});

describe('renderText: the unresolved-errors notice', () => {
  it('puts the notice first when errors remain, and nothing when none do', () => {
    expect(renderText(bangongting, { unresolvedErrors: 3 }).split('\n')[0]).toBe(
      '注：本文件含未解决的审核错误 3 项',
    );
    expect(renderText(bangongting, { unresolvedErrors: 0 }).split('\n')[0]).toBe('长沙市人民政府办公厅');
  });
});

describe('renderText: key projects', () => {
  const out = renderText(importKeyProjectsCorpus()).split('\n');
  it('prints the title, 金额单位, the 13-column header and one row per indicator', () => {
    expect(out.slice(0, 4)).toEqual(['2023年度重大政策和重点项目绩效目标', '', '金额单位：万元', '']);
    expect(out[4]?.split('\t')).toHaveLength(13);
    expect(out[6]?.split('\t').slice(0, 3)).toEqual([
      '长沙市农业农村局',
      '农村小型农田水利设施建设与维护',
      '8,000.00',
    ]);
    expect(out[8]).toBe('\t\t\t\t\t质量指标\t项目竣工\t90\t验收合格率\t\t%\t≥\t10');
    expect(out.filter((l) => /^长沙市[^\t]+\t[^\t]+\t[\d,]+\.\d\d\t/.test(l))).toHaveLength(35);
  });
  it('ends with the note under the list', () => {
    expect(out.filter((l) => l !== '').at(-1)).toBe('注：备注栏系三级指标的赋分制。');
  });
});

describe('renderText: declaration forms', () => {
  const out = renderText(importXiangyin()).split('\n');
  it('prints each form with its title, 填报单位 and 单位负责人', () => {
    expect(out.slice(0, 5)).toEqual([
      '2023年度湘阴县人民政府办公室项目支出预算绩效目标申报表',
      '',
      '填报单位（盖章）：湘阴县人民政府办公室',
      '',
      '单位负责人：王锐',
    ]);
    expect(out.filter((l) => l.startsWith('项目基本情况\t项目名称\t'))).toHaveLength(7);
  });
  it('prints the checked boxes and the money tables as printed (68 → 50, 15万)', () => {
    expect(out).toContain('\t项目属性\t新增项目 ☐\t\t延续项目 ☑\t');
    expect(out).toContain('\t\t合计\t68\t50\t');
    expect(out).toContain('\t\t县级资金\t15万\t15万\t');
  });
  it('prints the whole-department form with staff counts, budgets and the 三公 split', () => {
    expect(out).toContain('\t人员编制数\t70人\t实有人数\t80人\t');
    expect(out).toContain('\t1520.67\t1100.67\t\t420\t');
    expect(out).toContain('\t13\t0\t\t0\t13.18');
  });
});
