// Every declaration form carries the 财政部门审核意见: a form without it has not been reviewed by the
// finance bureau (or the document was cut off before it, which the importer may also report).

import { isPlaceholder } from '../../core/text.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { aboutDepartment, aboutProject, departmentSubject, projectSubject } from './form-access.js';

export const reviewOpinionPresent = defineRule({
  id: 'form-review-opinion-present',
  title: '申报表应有财政部门审核意见',
  category: 'completeness',
  severity: 'warning',
  rationale:
    '绩效目标申报表须经财政部门审核，审核意见（如“同意申报，请严格按照绩效目标组织实施”及日期）是目标批复的依据；缺少审核意见的表不能视为已审核。',
  appliesTo: ['declaration-forms'],
  example: {
    defect: '“政府中心工作经费”申报表在“其他说明的问题”后结束',
    message: '项目“政府中心工作经费”的申报表缺少财政部门审核意见',
  },
  check(doc) {
    if (doc.kind !== 'declaration-forms') return [];
    const out: FindingDraft[] = [];
    for (const f of doc.projectForms) {
      if (f.reviewOpinion && !isPlaceholder(f.reviewOpinion.value)) continue;
      const at = f.reviewOpinion?.source.line ?? f.otherNotes?.source.line ?? f.name.source.line;
      out.push(
        aboutProject(
          {
            message: `${projectSubject(f)}的申报表缺少财政部门审核意见`,
            lines: [at],
            expected: '财政部门审核意见',
            found: '（无）',
          },
          f,
        ),
      );
    }
    for (const f of doc.departmentForms) {
      if (f.reviewOpinion && !isPlaceholder(f.reviewOpinion.value)) continue;
      const at = f.reviewOpinion?.source.line ?? f.otherNotes?.source.line ?? f.title.source.line;
      out.push(
        aboutDepartment(
          {
            message: `${departmentSubject(f)}缺少财政部门审核意见`,
            lines: [at],
            expected: '财政部门审核意见',
            found: '（无）',
          },
          f,
        ),
      );
    }
    return out;
  },
});
