// The “三公”经费 amounts stated in 六（二） — total, 公务接待费, 公务用车购置及运行费 with its 购置 and 运行
// parts, 因公出国（境）费 — equal the 合计 row of the 一般公共预算“三公”经费支出表 (blank cells are zero).

import type { FactKey } from '../../core/model/narrative.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable, totalRow } from '../../core/model/access.js';
import { compareFactWithCell, fact } from './narrative-facts.js';

const COLUMNS: readonly [FactKey, string, string][] = [
  ['threePublic.total', 'total', '小计'],
  ['threePublic.reception', 'reception', '公务接待费'],
  ['threePublic.abroad', 'abroad', '因公出国（境）费'],
  ['threePublic.vehicle', 'vehicle', '公务用车购置及运行费'],
  ['threePublic.vehiclePurchase', 'vehiclePurchase', '公务用车购置'],
  ['threePublic.vehicleOperation', 'vehicleOperation', '公务用车运行费'],
];

export const threePublicMatchTable = defineRule({
  id: 'narrative-three-public-match-table',
  title: '说明中的“三公”经费应与“三公”经费支出表一致',
  category: 'narrative',
  severity: 'error',
  rationale:
    '部门预算说明陈述的“三公”经费总额及各项（公务接待费、公务用车购置及运行费、因公出国（境）费）应与一般公共预算“三公”经费支出表合计行一致。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '说明写“公务接待费40.09万元”，“三公”经费表合计行公务接待费40.90',
    message:
      '部门预算说明“公务接待费40.09万元”与一般公共预算“三公”经费支出表“合计”公务接待费 40.90 万元 不一致，相差 -0.81',
  },
  check(doc) {
    if (doc.kind !== 'department-budget') return [];
    const t = amountTable(doc, 'three-public');
    if (!t) return [];
    const r = totalRow(t);
    const out: FindingDraft[] = [];
    for (const [key, column, label] of COLUMNS) {
      const f = fact(doc, key);
      if (!f) continue;
      const d = compareFactWithCell({
        fact: f,
        row: r,
        column,
        rowMissingLine: t.title.source.line,
        expectedLabel: `${t.name}“合计”${label}`,
        table: t.name,
      });
      if (d) out.push(d);
    }
    return out;
  },
});
