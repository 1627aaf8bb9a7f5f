// 六、其他重要事项的情况说明 covers its six items: 机关运行经费; “三公”经费 with the reason for its change;
// 一般性支出 with 会议费 and 培训费; 政府采购; 国有资产占用使用及新增资产配置; 预算绩效目标. Reported only when
// section 六 itself is present (its absence is narrative-sections-present's).

import { OTHER_MATTERS } from '../../core/model/narrative.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { fact } from './narrative-facts.js';

export const otherMattersPresent = defineRule({
  id: 'narrative-other-matters-present',
  title: '“其他重要事项的情况说明”应包含六项内容',
  category: 'completeness',
  severity: 'warning',
  rationale:
    '第六部分应逐项说明机关运行经费、“三公”经费（含增减变化原因）、一般性支出（会议费、培训费）、政府采购、国有资产占用使用及新增资产配置、预算绩效目标；缺项或只列数字不说明“三公”经费变化原因，不符合公开要求。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '“三公”经费一段只列金额，未说明增减原因',
    message: '“其他重要事项的情况说明”未说明“三公”经费增减变化的原因',
  },
  check(doc) {
    if (doc.kind !== 'department-budget') return [];
    const six = doc.narrative.sections.find((s) => s.no === 6);
    if (!six) return [];
    const out: FindingDraft[] = [];
    const at = six.heading.source.line;
    const matters = doc.narrative.otherMatters;
    for (const m of OTHER_MATTERS) {
      if (matters[m.key]) continue;
      out.push({
        message: `“其他重要事项的情况说明”缺少“${m.title}”一项`,
        lines: [at],
        expected: m.title,
        found: '（无）',
      });
    }
    const threePublic = matters.threePublic;
    if (threePublic && !doc.narrative.threePublicChangeReason) {
      out.push({
        message: '“其他重要事项的情况说明”未说明“三公”经费增减变化的原因',
        lines: [threePublic.line],
        expected: '“三公”经费增减变化的原因',
        found: '（无）',
      });
    }
    const general = matters.generalSpending;
    if (general) {
      for (const [key, name] of [
        ['meeting.total', '会议费'],
        ['training.total', '培训费'],
      ] as const) {
        if (fact(doc, key)) continue;
        out.push({
          message: `一般性支出情况未说明${name}预算`,
          lines: [general.line],
          expected: `${name}预算金额`,
          found: '（无）',
        });
      }
    }
    return out;
  },
});
