// 部门整体支出绩效目标表: for each unit, 资金总额 = 基本支出 + 项目支出 (by spending type) and
// 资金总额 = 一般公共预算 + 政府性基金拨款 + 财政专户管理资金 + 其他资金 (by income type).

import type { UnitTarget } from '../../core/model/targets.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { departmentOf } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { isFinding, sumFinding, term } from '../sum-finding.js';

const LABELS: Record<string, string> = {
  total: '资金总额',
  general: '一般公共预算',
  fund: '政府性基金拨款',
  specialAccount: '财政专户管理资金',
  other: '其他资金',
  basic: '基本支出',
  project: '项目支出',
};

function unitFindings(u: UnitTarget, table: string, skipLines: Set<number>): FindingDraft[] {
  const line = u.name.source.line;
  const split = (keys: string[]) =>
    sumFinding({
      table,
      total: term(u.funding['total'] ?? null, line),
      totalLabel: `${u.unitCode ?? ''} ${u.unitName ?? u.name.value} 资金总额`.trim(),
      parts: keys.map((k) => term(u.funding[k] ?? null, line)),
      partsLabel: keys.map((k) => LABELS[k] ?? k).join(' + '),
      unit: u.unitCode ?? u.name.value,
      skipLines,
    });
  return [split(['basic', 'project']), split(['general', 'fund', 'specialAccount', 'other'])].filter(
    isFinding,
  );
}

export const unitTargetsFunding = defineRule({
  id: 'unit-targets-funding',
  title: '部门整体支出绩效目标表：资金总额按收入性质、按支出性质分别相加相等',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '部门整体支出绩效目标表中每个单位的“资金总额”按支出性质分为基本支出与项目支出，按收入性质分为一般公共预算、政府性基金拨款、财政专户管理资金、其他资金；两种划分之和都应等于资金总额。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“104004⇥长沙市人民政府驻深圳办事处⇥595.00⇥595.00⇥…⇥360.56⇥243.44”',
    message:
      '部门整体支出绩效目标表：104004 长沙市人民政府驻深圳办事处 资金总额 595.00 ≠ 基本支出 + 项目支出 604.00，相差 -9.00',
  },
  check(doc) {
    const d = departmentOf(doc);
    if (!d) return [];
    const name = d.tables['unit-targets']?.name ?? '部门整体支出绩效目标表';
    const skipLines = unreadableLines(d);
    return d.unitTargets.flatMap((u) => unitFindings(u, name, skipLines));
  },
});
