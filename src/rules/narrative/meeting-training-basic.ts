// The 基本支出 part of 会议费 and 培训费 stated in 六（三） equals the 会议费 (30215) and 培训费 (30216) rows of
// the 一般公共预算基本支出表; an absent row is zero ("基本支出0万元" with no 30215 row agrees).

import type { FactKey } from '../../core/model/narrative.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { amountTable } from '../../core/model/access.js';
import { compareFactWithCell, fact } from './narrative-facts.js';

const ITEMS: readonly [FactKey, string, string][] = [
  ['meeting.basic', '30215', '会议费'],
  ['training.basic', '30216', '培训费'],
];

export const meetingTrainingBasic = defineRule({
  id: 'narrative-meeting-training-basic',
  title: '会议费、培训费的基本支出应与基本支出表一致',
  category: 'narrative',
  severity: 'error',
  rationale:
    '说明中会议费、培训费“其中基本支出N万元”，应等于一般公共预算基本支出表经济科目30215会议费、30216培训费的金额（表中无该科目即为0）。',
  appliesTo: ['department-budget'],
  templates: ['hunan'],
  example: {
    defect: '说明写“培训费预算14.87万元，其中基本支出5.24万元”，基本支出表30216培训费5.42',
    message:
      '部门预算说明培训费“基本支出5.24万元”与一般公共预算基本支出表 30216 培训费 5.42 万元 不一致，相差 -0.18',
  },
  check(doc) {
    if (doc.kind !== 'department-budget') return [];
    const t = amountTable(doc, 'basic-expenditure');
    if (!t) return [];
    const out: FindingDraft[] = [];
    for (const [key, code, name] of ITEMS) {
      const f = fact(doc, key);
      if (!f) continue;
      const row = t.rows.find((r) => r.code === code) ?? null;
      const d = compareFactWithCell({
        fact: f,
        row,
        column: 'total',
        expectedLabel: `${t.name} ${code} ${name}${row ? '' : '（表中无此科目）'}`,
        table: t.name,
      });
      if (d) {
        d.message = d.message.replace(`“${f.text}”`, `${name}“${f.text}”`);
        out.push(d);
      }
    }
    return out;
  },
});
