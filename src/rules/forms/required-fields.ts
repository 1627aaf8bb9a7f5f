// The parts of a declaration form that say what the money is for: a project form's 项目概况, 项目立项依据,
// 长期绩效目标 and 本年度绩效目标; a department form's 部门职能职责概述 and 年度整体支出目标. One finding per
// form lists every blank one.

import type { Located } from '../../core/source.js';
import { isPlaceholder } from '../../core/text.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { aboutDepartment, aboutProject, departmentSubject, projectSubject } from './form-access.js';

const blank = (x: Located<string> | null): boolean => !x || isPlaceholder(x.value);

export const requiredFields = defineRule({
  id: 'form-required-fields',
  title: '申报表的项目概况、立项依据和绩效目标应填写',
  category: 'completeness',
  severity: 'warning',
  rationale:
    '项目支出申报表的项目概况、立项依据、长期绩效目标和本年度绩效目标，整体支出申报表的职能职责概述和年度整体支出目标，是审核项目必要性和设置指标的依据，不应空缺。',
  appliesTo: ['declaration-forms'],
  example: {
    defect: '“各战线调研协调工作经费”的项目概况、立项依据、长期和本年度绩效目标均为空',
    message:
      '项目“各战线调研协调工作经费”的申报表未填写：项目概况、项目立项依据、长期绩效目标、本年度绩效目标',
  },
  check(doc) {
    if (doc.kind !== 'declaration-forms') return [];
    const out: FindingDraft[] = [];
    for (const f of doc.projectForms) {
      const fields: [string, Located<string> | null][] = [
        ['项目概况', f.overview],
        ['项目立项依据', f.basis],
        ['长期绩效目标', f.longTermGoal],
        ['本年度绩效目标', f.annualGoal],
      ];
      const missing = fields.filter(([, v]) => blank(v));
      if (missing.length === 0) continue;
      const lines = missing.map(([, v]) => v?.source.line ?? f.name.source.line);
      out.push(
        aboutProject(
          {
            message: `${projectSubject(f)}的申报表未填写：${missing.map(([k]) => k).join('、')}`,
            lines: lines.filter((l, i) => lines.indexOf(l) === i),
            found: '（空）',
            expected: missing.map(([k]) => k).join('、'),
          },
          f,
        ),
      );
    }
    for (const f of doc.departmentForms) {
      const missing = (
        [
          ['部门职能职责概述', f.duties],
          ['年度整体支出目标', f.goal],
        ] as [string, Located<string> | null][]
      ).filter(([, v]) => blank(v));
      if (missing.length === 0) continue;
      out.push(
        aboutDepartment(
          {
            message: `${departmentSubject(f)}未填写：${missing.map(([k]) => k).join('、')}`,
            lines: [f.title.source.line],
            found: '（空）',
            expected: missing.map(([k]) => k).join('、'),
          },
          f,
        ),
      );
    }
    return out;
  },
});
