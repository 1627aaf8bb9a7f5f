// A table printed without figures says why: its own note ("注：本单位2025年无政府性基金预算财政拨款安排的
// 预算，故本表为空表", "此表如无数字则表示单位无该项支出"), or the document's general note under the contents
// ("以上部门预算报表中，空表表示本部门无相关收支情况"). An empty table with neither leaves the reader to
// guess whether figures are missing or there are none.

import { tabledOf } from '../../core/model/access.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';

/** Words of a note that explains an empty table. */
const EXPLAINS_EMPTY =
  /空表|无数字|无数据|没有数据|无相关|无该项|^注[:：].*(?:无|没有).*(?:安排|支出|收入|预算)/;

export const emptyTableExplained = defineRule({
  id: 'text-empty-table-explained',
  title: '文字：空表应有说明（表注或目录下的总说明）',
  category: 'text',
  severity: 'error',
  rationale:
    '没有相关收支的表也要公开，并说明为什么是空表：在表下注明“本单位无……，故本表为空表”，或在目录下总体说明“空表表示本部门无相关收支情况”。既无表注又无总说明的空表，读者无法分辨是没有收支还是漏填了数字。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  example: {
    defect: '政府性基金预算支出表为空表，表下没有注，目录下也没有“空表表示……”的说明',
    message: '政府性基金预算支出表（第318行）是空表，但表下没有说明为空的注，文档也没有“空表表示……”的总说明',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const general = (d.contents ?? []).some((e) => e.kind === 'other' && /空表/.test(e.text));
    if (general) return [];
    const out: FindingDraft[] = [];
    for (const t of Object.values(d.tables)) {
      if (!t?.empty || (t.note && EXPLAINS_EMPTY.test(t.note.value))) continue;
      out.push({
        message: `${t.name}（第${t.title.source.line}行）是空表，但表下没有说明为空的注，文档也没有“空表表示……”的总说明`,
        lines: [t.note?.source.line ?? t.title.source.line],
        table: t.name,
        found: t.note ? t.note.value : '（无表注）',
        expected: '注：……无……，故本表为空表',
      });
    }
    return out;
  },
});
