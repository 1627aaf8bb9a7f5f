// The final accounts' explanation states 政府采购 as a total and its parts (货物、工程、服务采购金额):
// the parts add up to the total. Figures in 万元 rounded from 元 may differ by their rounding, which is
// reported as information.

import { tabledOf } from '../../core/model/access.js';
import type { Amount } from '../../core/model/common.js';
import type { NarrativeFact } from '../../core/model/narrative.js';
import { templateById } from '../../core/templates/registry.js';
import { defineRule } from '../rule.js';
import { factOf } from '../support/stated.js';
import { roundingAllowance, sumFinding, term } from '../sum-finding.js';

/** A stated figure as an amount of the sum finding (万元, at the line it is printed on). */
const asAmount = (f: NarrativeFact | undefined): Amount | null =>
  f ? { value: f.value, text: f.text, unit: '万元', source: f.source } : null;

export const finalAccountsProcurement = defineRule({
  id: 'final-accounts-procurement',
  title: '决算情况说明：政府采购金额等于货物、工程、服务采购金额之和',
  category: 'narrative',
  severity: 'error',
  rationale:
    '“政府采购金额为X万元，其中：货物采购金额、工程采购金额、服务采购金额”三项之和等于总额。各数由元四舍五入到万元列示，差额在尾差范围内列为提示。',
  appliesTo: ['final-accounts'],
  example: {
    defect:
      '“政府采购金额为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元”',
    message:
      '情况说明：政府采购金额 251.25 ≠ 货物 + 工程 + 服务采购金额 251.26，相差 -0.01（在各数由元四舍五入到万元的尾差范围 ±0.02 内）',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const total = factOf(d, 'procurement.total');
    const parts = [
      factOf(d, 'procurement.goods'),
      factOf(d, 'procurement.works'),
      factOf(d, 'procurement.services'),
    ];
    if (!total || parts.some((p) => !p)) return [];
    const rounding = roundingAllowance(templateById(d.template), parts.length);
    const f = sumFinding({
      table: '情况说明',
      total: term(asAmount(total)),
      totalLabel: '政府采购金额',
      parts: parts.map((p) => term(asAmount(p))),
      partsLabel: '货物 + 工程 + 服务采购金额',
      ...(rounding ? { rounding } : {}),
    });
    return f ? [f] : [];
  },
});
