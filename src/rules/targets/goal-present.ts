// Every project and unit target states its goal (绩效目标 / 整体绩效目标). The declaration forms' goals
// are checked with their other required fields (form-required-fields).

import { isPlaceholder } from '../../core/text.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { targetFinding, targetLabel, targetViews } from './target-view.js';

export const goalPresent = defineRule({
  id: 'target-goal-present',
  title: '每个项目和单位应填写绩效目标',
  category: 'completeness',
  severity: 'warning',
  rationale:
    '绩效目标说明资金在一个预算年度内要达到的产出和效果，是设置成本、产出、效益、满意度各项指标和年终评价的依据，项目和单位的绩效目标都不能空缺。',
  appliesTo: ['department-budget', 'key-projects'],
  example: { defect: '项目行的“绩效目标”栏为空', message: '项目“××专项”未填写绩效目标' },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      if (v.goal && !isPlaceholder(v.goal.value)) continue;
      out.push(
        targetFinding(v, null, {
          message: `${targetLabel(v)}未填写绩效目标`,
          found: v.goal?.value ?? '（空）',
          expected: '绩效目标',
        }),
      );
    }
    return out;
  },
});
