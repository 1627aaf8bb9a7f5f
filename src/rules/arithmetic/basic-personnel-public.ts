// 一般公共预算基本支出表: the 合计 row's 人员类 equals the 总计 of economic classes 301 (工资福利支出)
// and 303 (对个人和家庭的补助), and its 公用经费 the 总计 of the other classes (302 商品和服务支出, and
// 310 资本性支出 etc. where a document prints them under basic expenditure).

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, departmentOf, totalRow } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { isFinding, sumFinding, term } from '../sum-finding.js';

const PERSONNEL_CLASSES = ['301', '303'];

export const basicPersonnelPublic = defineRule({
  id: 'basic-personnel-public',
  title: '基本支出表：人员类等于301与303之和，公用经费等于302等其余类之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '基本支出 = 人员类 + 公用经费；人员类是工资福利支出（301）与对个人和家庭的补助（303）两类，公用经费是商品和服务支出（302，及表中列出的其他经济分类类级）。合计行的人员类、公用经费应分别等于这些类的总计之和。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '合计行人员类 4,815.97，而“301 工资福利支出”4,004.13 与“303 对个人和家庭的补助”811.48',
    message: '一般公共预算基本支出表：合计 人员类 4,815.97 ≠ 301、303 两类总计之和 4,815.61，相差 +0.36',
  },
  check(doc) {
    const d = departmentOf(doc);
    const table = d ? amountTable(d, 'basic-expenditure') : null;
    const total = totalRow(table);
    if (!d || !table || !total) return [];
    const skipLines = unreadableLines(d);
    const classes = table.rows.filter((r) => r.kind === 'class' && r.code !== null);
    if (classes.length === 0) return [];
    const personnel = classes.filter((r) => r.code !== null && PERSONNEL_CLASSES.includes(r.code));
    const others = classes.filter((r) => !personnel.includes(r));
    const check = (
      column: string,
      label: string,
      rows: typeof classes,
      partsLabel: string,
    ): FindingDraft | null =>
      sumFinding({
        table: table.name,
        total: term(total.amounts[column] ?? null, total.source.line),
        totalLabel: `${total.name} ${label}`,
        parts: rows.map((r) => term(r.amounts['total'] ?? null, r.source.line)),
        partsLabel,
        skipLines,
      });
    const label = (key: string, fallback: string) =>
      table.columns.find((c) => c.key === key)?.label ?? fallback;
    return [
      check('personnel', label('personnel', '人员类'), personnel, '301、303 两类总计之和'),
      check(
        'publicFunds',
        label('publicFunds', '公用经费'),
        others,
        `${others.map((r) => r.code ?? '').join('、') || '302'} 类总计之和`,
      ),
    ].filter(isFinding);
  },
});
