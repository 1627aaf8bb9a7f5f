// The narrative's own arithmetic: a total it states equals the parts it lists with it — “三公”经费 =
// 接待 + 用车 + 出国, 用车 = 购置 + 运行, 会议费/培训费 = 基本 + 项目, 政府采购 = 货物 + 工程 + 服务,
// 公务用车 = the five kinds (now and new), 绩效目标金额 = 基本 + 项目. Checked when all parts are stated.

import { Decimal } from '../../core/decimal.js';
import type { FactKey, NarrativeFact } from '../../core/model/narrative.js';
import { signed } from '../compare.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { fact, shown } from './narrative-facts.js';

const VEHICLE_KINDS = ['confidential', 'emergency', 'enforcement', 'special', 'other'] as const;

const SUMS: readonly { total: FactKey; parts: readonly FactKey[]; label: string }[] = [
  {
    total: 'threePublic.total',
    parts: ['threePublic.reception', 'threePublic.vehicle', 'threePublic.abroad'],
    label: '公务接待费 + 公务用车购置及运行费 + 因公出国（境）费',
  },
  {
    total: 'threePublic.vehicle',
    parts: ['threePublic.vehiclePurchase', 'threePublic.vehicleOperation'],
    label: '公务用车购置费 + 运行费',
  },
  {
    total: 'meeting.total',
    parts: ['meeting.basic', 'meeting.project'],
    label: '会议费的基本支出 + 项目支出',
  },
  {
    total: 'training.total',
    parts: ['training.basic', 'training.project'],
    label: '培训费的基本支出 + 项目支出',
  },
  {
    total: 'procurement.total',
    parts: ['procurement.goods', 'procurement.works', 'procurement.services'],
    label: '货物类 + 工程类 + 服务类采购预算',
  },
  {
    total: 'vehicles.total',
    parts: VEHICLE_KINDS.map((k): FactKey => `vehicles.${k}`),
    label: '各类公务用车之和',
  },
  {
    total: 'vehicles.new',
    parts: VEHICLE_KINDS.map((k): FactKey => `vehicles.new.${k}`),
    label: '拟新增各类公务用车之和',
  },
  { total: 'targets.total', parts: ['targets.basic', 'targets.project'], label: '基本支出 + 项目支出' },
];

export const partsSum = defineRule({
  id: 'narrative-parts-sum',
  title: '说明中的总数应等于其列举的分项之和',
  category: 'narrative',
  severity: 'error',
  rationale:
    '说明在同一句中给出总数和分项（“三公”经费及其三项、会议费和培训费的基本支出与项目支出、政府采购三类、公务用车各类、绩效目标金额的基本支出与项目支出），总数应等于分项之和。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“会议费预算27.8万元，其中基本支出4万元，项目支出22.8万元”',
    message: '部门预算说明“会议费预算27.8万元”与会议费的基本支出 + 项目支出 26.80 万元 不一致，相差 +1.00',
  },
  check(doc) {
    if (doc.kind !== 'department-budget') return [];
    const out: FindingDraft[] = [];
    for (const s of SUMS) {
      const total = fact(doc, s.total);
      const parts = s.parts.map((k) => fact(doc, k));
      if (!total || parts.some((p) => p === null)) continue;
      const stated = parts.filter((p): p is NarrativeFact => p !== null);
      const sum = Decimal.sum(stated.map((p) => p.value));
      const diff = total.value.sub(sum);
      if (diff.isZero()) continue;
      const difference =
        total.unit === '万元' ? signed(diff) : diff.isNegative() ? diff.toString() : `+${diff.toString()}`;
      out.push({
        message: `部门预算说明“${total.text}”与${s.label} ${shown(sum, total.unit)} 不一致，相差 ${difference}`,
        lines: [...new Set([total.source.line, ...stated.map((p) => p.source.line)])],
        found: total.value.toString(),
        expected: sum.toString(),
        difference,
      });
    }
    return out;
  },
});
