// Part 1 has its seven sections: 一 部门基本概况 … 七 名词解释. A missing section is reported at the place
// it should have been: the heading of the next section present (or the last one).

import { NARRATIVE_SECTIONS } from '../../core/model/narrative.js';
import { chineseNumeral } from '../../core/text.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';

export const sectionsPresent = defineRule({
  id: 'narrative-sections-present',
  title: '部门预算说明应包含七个部分',
  category: 'completeness',
  severity: 'warning',
  rationale:
    '部门预算公开说明按统一格式分为七个部分：部门基本概况、部门预算单位构成、部门收支总体情况、一般公共预算拨款支出、政府性基金预算支出、其他重要事项的情况说明、名词解释；没有相关内容的部分也应保留并说明“无”。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '说明中没有“五、政府性基金预算支出”',
    message: '部门预算说明缺少第五部分“政府性基金预算支出”',
  },
  check(doc) {
    if (doc.kind !== 'department-budget') return [];
    const present = doc.narrative.sections;
    const out: FindingDraft[] = [];
    for (const s of NARRATIVE_SECTIONS) {
      if (present.some((p) => p.no === s.no)) continue;
      const next = present.find((p) => p.no > s.no) ?? present[present.length - 1];
      out.push({
        message: `部门预算说明缺少第${chineseNumeral(s.no)}部分“${s.title}”`,
        lines: next ? [next.heading.source.line] : [doc.title?.source.line ?? 1],
        expected: `${chineseNumeral(s.no)}、${s.title}`,
        found: '（无）',
      });
    }
    return out;
  },
});
