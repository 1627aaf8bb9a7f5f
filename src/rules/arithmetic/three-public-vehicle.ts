// “三公”经费表: 公务用车购置及运行费 = 其中：公务用车购置 + 其中：公务用车运行费, on every row.

import { defineRule } from '../rule.js';
import { amountTable, departmentOf } from '../../core/model/access.js';
import { unreadableLines } from '../support/labels.js';
import { isFinding, sumFinding, term } from '../sum-finding.js';

export const threePublicVehicle = defineRule({
  id: 'three-public-vehicle',
  title: '“三公”经费表：公务用车购置及运行费等于购置与运行之和',
  category: 'arithmetic',
  severity: 'error',
  rationale:
    '公务用车购置及运行费由公务用车购置费和公务用车运行费两部分构成（表中两个“其中”列），每一行都应相加相等。按两位小数精确比较。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“合计 … 180.18⇥54.60⇥125.85”',
    message:
      '一般公共预算“三公”经费支出表：合计 公务用车购置及运行费 180.18 ≠ 公务用车购置 + 公务用车运行费 180.45，相差 -0.27',
  },
  check(doc) {
    const d = departmentOf(doc);
    const table = d ? amountTable(d, 'three-public') : null;
    if (!d || !table) return [];
    const skipLines = unreadableLines(d);
    const label = (key: string) =>
      table.columns.find((c) => c.key === key)?.label.replace(/^其中[:：]/, '') ?? key;
    return table.rows
      .map((row) => {
        const f = sumFinding({
          table: table.name,
          total: term(row.amounts['vehicle'] ?? null, row.source.line),
          totalLabel: `${row.name} ${label('vehicle')}`,
          parts: [
            term(row.amounts['vehiclePurchase'] ?? null, row.source.line),
            term(row.amounts['vehicleOperation'] ?? null, row.source.line),
          ],
          partsLabel: `${label('vehiclePurchase')} + ${label('vehicleOperation')}`,
          skipLines,
        });
        if (f && row.kind === 'unit') f.unit = row.name;
        return f;
      })
      .filter(isFinding);
  },
});
