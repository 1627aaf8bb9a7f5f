// Every target states indicators of all four kinds: 成本, 产出, 效益 and 满意度 (财预〔2021〕101号 and the
// Hunan templates). A row that only says a level does not apply ("无") does not count; a target with
// no indicator rows at all gets one finding, not four.

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { FAMILIES, FAMILY_LABELS, familyOf } from './indicator-kinds.js';
import type { Family } from './indicator-kinds.js';
import { targetFinding, targetLabel, targetViews } from './target-view.js';

export const levelsComplete = defineRule({
  id: 'target-levels-complete',
  title: '绩效指标应包含成本、产出、效益、满意度四类一级指标',
  category: 'completeness',
  severity: 'warning',
  rationale:
    '项目和部门整体绩效目标应从成本、产出、效益、满意度四个方面设置指标；只写“无”的行表示该项不适用，不算指标。申报表把成本指标列在产出指标下、满意度列在效益指标下，同样计入。',
  appliesTo: ['department-budget', 'key-projects', 'declaration-forms'],
  example: {
    defect: '城乡医疗救助只有产出、效益、满意度指标，没有成本指标',
    message: '项目“城乡医疗救助”缺少成本指标（已有产出指标、效益指标、满意度指标）',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      const present = new Set<Family>();
      for (const ind of v.indicators) {
        const f = familyOf(ind);
        if (f && !ind.placeholder) present.add(f);
      }
      if (v.indicators.length === 0) {
        out.push(
          targetFinding(v, null, {
            message: `${targetLabel(v)}没有绩效指标`,
            expected: '成本、产出、效益、满意度指标',
          }),
        );
        continue;
      }
      const missing = FAMILIES.filter((f) => !present.has(f));
      if (missing.length === 0) continue;
      const has = FAMILIES.filter((f) => present.has(f)).map((f) => FAMILY_LABELS[f]);
      const names = missing.map((f) => FAMILY_LABELS[f]).join('、');
      out.push(
        targetFinding(v, null, {
          message: `${targetLabel(v)}缺少${names}（已有${has.length > 0 ? has.join('、') : '指标均为“无”'}）`,
          found: has.join('、') || '无',
          expected: FAMILIES.map((f) => FAMILY_LABELS[f]).join('、'),
        }),
      );
    }
    return out;
  },
});
