// 机关运行经费 stated in 六（一） equals the 公用经费 of the 一般公共预算基本支出表 (its 合计 row). The Hunan
// documents state it for all the department's units ("3家行政事业单位的机关运行经费585.91万元"), which is
// the whole 公用经费; where the sentence limits it to 行政单位, 事业单位 may be left out and a difference
// is only a warning.

import { defineRule } from '../rule.js';
import { amountTable, totalRow } from '../../core/model/access.js';
import { compareFactWithCell, fact, paragraphAt } from './narrative-facts.js';

export const operatingFunds = defineRule({
  id: 'narrative-operating-funds',
  title: '机关运行经费应与基本支出表的公用经费一致',
  category: 'narrative',
  severity: 'error',
  rationale:
    '机关运行经费是行政单位的公用经费。湖南的部门预算说明按部门所属全部单位陈述（“N家行政事业单位的机关运行经费”），应等于一般公共预算基本支出表“合计”行的公用经费；若说明只计行政单位而部门有事业单位，差额可能来自事业单位的公用经费，此时只作警告。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '说明写“机关运行经费558.91万元”，基本支出表公用经费合计585.91',
    message:
      '部门预算说明“机关运行经费558.91万元”与一般公共预算基本支出表“合计”公用经费 585.91 万元 不一致，相差 -27.00',
  },
  check(doc) {
    if (doc.kind !== 'department-budget') return [];
    const f = fact(doc, 'operating.total');
    const t = amountTable(doc, 'basic-expenditure');
    if (!f || !t) return [];
    const d = compareFactWithCell({
      fact: f,
      row: totalRow(t),
      column: 'publicFunds',
      expectedLabel: '一般公共预算基本支出表“合计”公用经费',
      table: t.name,
    });
    if (!d) return [];
    const text = paragraphAt(doc, f.source.line)?.text ?? f.text;
    if (/行政单位/.test(text) && !/行政事业单位/.test(text)) {
      d.severity = 'warning';
      d.message += '（说明只计行政单位，差额可能是事业单位的公用经费）';
    }
    return [d];
  },
});
