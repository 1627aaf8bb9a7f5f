import { describe, expect, it } from 'vitest';
import type { DepartmentBudgetDocument } from '../../core/model/document.js';
import { HUNAN } from '../../core/templates/hunan.js';
import { importDepartment, importKeyProjectsCorpus, importXiangyin } from '../../test-support/corpus.js';
import { renderHtml } from './index.js';

const bangongting = importDepartment('bangongting');
const beijing = importDepartment('beijing');
const html = renderHtml(bangongting);

/** The HTML of one table page, by table id. */
function tablePage(page: string, id: string): string {
  const start = page.indexOf(`<section class="table-page`, page.indexOf(`id="t-${id}"`) - 60);
  const end = page.indexOf('</section>', start);
  if (start < 0 || end < 0) throw new Error(`no table page ${id}`);
  return page.slice(start, end);
}

/** Rows of a table page as arrays of cell texts (tags stripped). */
function rows(fragment: string): string[][] {
  return [...fragment.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      (c[1] ?? '').replace(/<[^>]+>/g, ''),
    ),
  );
}

describe('renderHtml of a department budget', () => {
  it('is one self-contained page: no script, no external resource', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|href="(?!#)|url\(|@import/i);
  });

  it('prints every table title and its numbered caption in the template order', () => {
    let at = 0;
    for (const t of HUNAN.tables) {
      const i = html.indexOf(`>2024年${t.titles[0]}</h3>`, at);
      expect(i, t.name).toBeGreaterThan(at);
      at = i;
      expect(html).toContain(`${t.name}</p>`);
    }
  });

  it('prints Part 1 with the generated sentences and the three charts as inline SVG', () => {
    expect(html).toContain(
      '2024年本部门收入预算6563.63万元，其中，一般公共预算拨款6563.63万元。收入较去年增加154.46万元，上升2.41%。',
    );
    expect(html.match(/<svg /g)).toHaveLength(4); // 收入 (1 donut), 支出 (2 donuts), 功能分类 (bar)
    expect(html).toContain('<figcaption>收入预算图</figcaption>');
    expect(html).toContain('<figcaption>支出预算图</figcaption>');
    expect(html).toMatch(
      /<i class="swatch" style="background:#[0-9a-f]{6}"><\/i>基本支出<\/td><td class="num">5,401.88<\/td><td class="num">82.30%<\/td>/,
    );
  });

  it('lines up 部门收支总表 as printed: subtotals and totals side by side, 上年结转 beside 结余分配', () => {
    const r = rows(tablePage(html, 'summary')).slice(2);
    expect(r[0]).toEqual(['一、本级财政拨款收入', '6,563.63', '一、基本支出', '5,401.88']);
    expect(r[5]).toEqual(['六、事业收入', '', '', '']);
    expect(r[6]).toEqual(['本年收入合计', '6,563.63', '本年支出合计', '6,563.63']);
    expect(r[7]).toEqual(['七、上年结转', '', '六、结余分配', '']);
    expect(r[8]).toEqual(['', '', '七、结转下年', '']);
    expect(r[9]).toEqual(['收入总计', '6,563.63', '支出总计', '6,563.63']);
  });

  it('puts 上年结转 beside 结转下年 in 财政拨款收支总表, after all 22 classes', () => {
    const r = rows(tablePage(html, 'fiscal-summary')).slice(2);
    expect(r[0]?.slice(0, 4)).toEqual(['一、本年收入', '6,563.63', '一、本年支出', '6,563.63']);
    expect(r[1]?.slice(0, 3)).toEqual(['1、一般公共预算拨款收入', '6,563.63', '1、一般公共服务支出']);
    expect(r[r.length - 2]?.[0]).toBe('二、上年结转');
    expect(r[r.length - 2]?.[2]).toBe('二、结转下年');
    expect(r).toHaveLength(25);
  });

  it('prints 部门收入总表 with its grouped header, the ** numbering row and codes by level', () => {
    const page = tablePage(html, 'income');
    expect(page).toContain(
      '<th colspan="3">科目编码</th><th rowspan="2" class="label">功能科目</th><th rowspan="2">合计</th><th colspan="2">本级财政拨款</th>',
    );
    expect(page).toContain('<th>类</th><th>款</th><th>项</th><th>金额</th><th>其中：经费拨款</th>');
    const r = rows(page).slice(2);
    expect(r[0]).toEqual(['**', '**', '**', '**', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(r[1]?.slice(0, 7)).toEqual(['', '', '', '合计', '6,563.63', '6,563.63', '6,563.63']);
    expect(r[2]?.slice(0, 5)).toEqual(['201', '', '', '一般公共服务支出', '6,563.63']);
    expect(r[3]?.slice(0, 5)).toEqual(['', '03', '', '政府办公厅（室）及相关机构事务', '6,563.63']);
    expect(r[4]?.slice(0, 5)).toEqual(['201', '03', '01', '行政运行', '5,401.88']);
  });

  it('prints 基本支出表 with 人员类 4,815.97 and 公用经费 585.91 on its 合计 row', () => {
    const r = rows(tablePage(html, 'basic-expenditure'));
    expect(r.find((x) => x[1] === '合计')).toEqual(['', '合计', '5,401.88', '4,815.97', '585.91']);
    expect(r.find((x) => x[0] === '30309')).toEqual(['30309', '奖励金', '0.16', '0.16', '']);
  });

  it('prints the empty 政府性基金 table with “本表无数据” and its note', () => {
    const page = tablePage(html, 'fund-expenditure');
    expect(page).toContain('<td colspan="7" class="empty">本表无数据</td>');
    expect(page).toContain('故本表无数据。</p>');
  });

  it('merges a project’s unit, name, amount and goal over its indicator rows, and levels 1–2 over theirs', () => {
    const page = tablePage(html, 'project-targets');
    const target = bangongting.projectTargets.find((p) => p.name.value === '110联动经费');
    const n = target?.indicators.length ?? 0;
    expect(n).toBeGreaterThan(5);
    expect(page).toContain(
      `<td rowspan="${n}" class="code">104001</td><td rowspan="${n}" class="label">110联动经费</td><td rowspan="${n}" class="num">33.34</td>`,
    );
    expect(page).toMatch(
      /<td rowspan="4" class="level">成本指标<\/td><td rowspan="2" class="level">经济成本指标<\/td><td class="w-name">保障办公值班经费<\/td>/,
    );
    for (const p of bangongting.projectTargets) expect(page).toContain(`>${p.name.value}</td>`);
    expect(rows(page)[2]?.slice(0, 3)).toEqual(['合计', '', '1,161.75']);
  });

  it('prints each unit of 部门整体支出绩效目标表 with its funding split', () => {
    const r = rows(tablePage(html, 'unit-targets'));
    expect(r.find((x) => x[0] === '104006')?.slice(0, 9)).toEqual([
      '104006',
      '长沙市人民政府驻上海联络处',
      '389.63',
      '389.63',
      '',
      '',
      '',
      '258.12',
      '131.51',
    ]);
  });

  it('marks the wide target tables for A4 landscape printing', () => {
    expect(html).toContain('<section class="table-page wide" id="t-project-targets"');
    expect(html).toContain('@page wide{size:A4 landscape');
  });

  it('shows no banner without unresolved errors, and the count and lines with them', () => {
    expect(html).not.toContain('class="review-banner"');
    const forced = renderHtml(bangongting, {
      unresolvedErrors: [
        {
          message: '项目“办理提案及议案专项经费”的成本指标为 10.34 万元，资金总额为 10.31 万元',
          lines: [362],
        },
        { message: '三公 <b>合计</b>', lines: [] },
      ],
    });
    expect(forced).toContain('<strong>本文件含未解决的审核错误 2 项</strong>');
    expect(forced).toContain('<li>第 362 行：项目“办理提案及议案专项经费”的成本指标为 10.34 万元');
    expect(forced).toContain('<li>三公 &lt;b&gt;合计&lt;/b&gt;</li>');
  });

  it('escapes every text taken from the document', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const first = bangongting.projectTargets[0];
    if (!first) throw new Error('no project');
    const doc: DepartmentBudgetDocument = {
      ...bangongting,
      department: { value: evil, source: { line: 3 } },
      projectTargets: [
        { ...first, name: { value: evil, source: first.name.source } },
        ...bangongting.projectTargets.slice(1),
      ],
    };
    const page = renderHtml(doc);
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('renders the 2023 Beijing office with its one unit and 1,561.09', () => {
    const page = renderHtml(beijing);
    expect(page).toContain('<h1 class="department">长沙市人民政府驻北京联络处</h1>');
    expect(page).toContain('>2023年部门收支总体情况表</h3>');
    expect(rows(tablePage(page, 'summary'))[2]).toEqual([
      '一、本级财政拨款收入',
      '1,561.09',
      '一、基本支出',
      '656.38',
    ]);
  });
});

describe('renderHtml of the key-projects list', () => {
  const doc = importKeyProjectsCorpus();
  const page = renderHtml(doc);

  it('prints all 35 projects of 22 departments in one table', () => {
    expect(page).toContain('共 22 个主管单位、35 个项目');
    for (const p of doc.projects) expect(page).toContain(`>${p.name.value}</td>`);
    expect(page.match(/<table/g)).toHaveLength(1);
  });

  it('merges 主管单位 over all rows of its projects', () => {
    const first = doc.projects[0];
    expect(first?.department).toBe('长沙市农业农村局');
    const rowsOfDept = doc.projects
      .filter((p) => p.department === '长沙市农业农村局')
      .reduce((n, p) => n + Math.max(1, p.indicators.length), 0);
    expect(page).toContain(`<td rowspan="${rowsOfDept}" class="label">长沙市农业农村局</td>`);
    expect(page).toContain('<td rowspan="8" class="num">8,000.00</td>');
  });
});

describe('renderHtml of declaration forms', () => {
  const doc = importXiangyin();
  const page = renderHtml(doc);

  it('prints one bordered form per project and the department form', () => {
    expect(page.match(/<table class="form">/g)).toHaveLength(8);
    expect(page.match(/项目支出预算绩效目标申报表<\/h3>/g)).toHaveLength(7);
    expect(page).toContain(
      '<section class="form-page" id="dept-form-1"><h3 class="form-title">2023年度湘阴县人民政府办公室整体支出预算绩效目标申报表</h3>',
    );
  });

  it('prints check boxes and the funding lines of the first form', () => {
    expect(page).toContain('☐ 新增项目　☑ 延续项目');
    expect(page).toContain('☑ 3. 其他专项类');
    expect(page).toContain('<td>县级资金</td><td class="num">68.00</td><td class="num">50.00</td>');
  });

  it('prints the department form’s 三公 figures as stated (13.00 beside 13.18)', () => {
    const dept = page.slice(page.indexOf('id="dept-form-1"'));
    expect(dept).toContain('<td class="num">13.00</td>');
    expect(dept).toContain('<td class="num">13.18</td>');
    expect(dept).toContain('<td colspan="2">80人</td>');
  });
});
