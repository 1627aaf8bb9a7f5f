// 实有人数 above 人员编制数 (湘阴 2023: 80 > 70) means staff beyond the approved establishment, whose pay
// the budget must explain; it is a warning, not an error, since 实有人数 may count staff on contract.

import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { aboutDepartment, departmentSubject } from './form-access.js';

export const staffWithinQuota = defineRule({
  id: 'form-staff-within-quota',
  title: '实有人数不应超过人员编制数',
  category: 'target',
  severity: 'warning',
  rationale:
    '整体支出申报表的实有人数超过人员编制数，意味着超编或编外用人，人员经费的测算依据需要说明；实有人数也可能包含编外聘用人员，故只作警告。',
  appliesTo: ['declaration-forms'],
  example: {
    defect: '人员编制数70人，实有人数80人',
    message: '整体支出申报表（湘阴县政府办）：实有人数 80 人超过人员编制数 70 人，超出 10 人',
  },
  check(doc) {
    if (doc.kind !== 'declaration-forms') return [];
    const out: FindingDraft[] = [];
    for (const f of doc.departmentForms) {
      const quota = f.staffQuota;
      const actual = f.staffActual;
      if (!quota || !actual || actual.value <= quota.value) continue;
      const over = actual.value - quota.value;
      const lines = [actual.source.line, quota.source.line];
      out.push(
        aboutDepartment(
          {
            message: `${departmentSubject(f)}：实有人数 ${actual.value} 人超过人员编制数 ${quota.value} 人，超出 ${over} 人`,
            lines: lines.filter((l, i) => lines.indexOf(l) === i),
            found: String(actual.value),
            expected: `≤ ${quota.value}`,
            difference: `+${over}`,
          },
          f,
        ),
      );
    }
    return out;
  },
});
