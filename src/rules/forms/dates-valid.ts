// 项目起止时间 and the schedule's 开始时间 / 结束时间 are dates or periods a reader can place on the
// calendar. "2023/1/12月" (湘阴 line 32) is not one; "2023年1月1日", "2023. 01. 01", "202301-202312",
// "2023.01--2023.12" and "2023年1月—12月" are. Blank cells are not judged here.

import type { Located } from '../../core/source.js';
import { isPlaceholder } from '../../core/text.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { readDateOrPeriod } from './dates.js';
import { aboutProject, projectSubject } from './form-access.js';

export const datesValid = defineRule({
  id: 'form-dates-valid',
  title: '项目起止时间和实施进度的时间应为有效日期',
  category: 'target',
  severity: 'warning',
  rationale:
    '项目起止时间、实施进度计划的开始和结束时间决定时效指标如何评价，应写成可识别的日期或期间（如2023年1月1日、2023.01—2023.12）。',
  appliesTo: ['declaration-forms'],
  example: {
    defect: '实施进度计划的结束时间写作“2023/1/12月”',
    message: '项目“驻京联络维稳工作组”实施进度计划的结束时间“2023/1/12月”不是有效日期',
  },
  check(doc) {
    if (doc.kind !== 'declaration-forms') return [];
    const out: FindingDraft[] = [];
    for (const f of doc.projectForms) {
      const cells: [string, Located<string> | null][] = [['项目起止时间', f.period]];
      for (const s of f.schedule) {
        cells.push(['实施进度计划的开始时间', s.start], ['实施进度计划的结束时间', s.end]);
      }
      for (const [what, cell] of cells) {
        if (!cell || isPlaceholder(cell.value) || readDateOrPeriod(cell.value)) continue;
        out.push(
          aboutProject(
            {
              message: `${projectSubject(f)}${what}“${cell.value}”不是有效日期`,
              lines: [cell.source.line],
              found: cell.value,
              expected: '日期或期间，如 2023年12月31日、2023.01—2023.12',
            },
            f,
          ),
        );
      }
    }
    return out;
  },
});
