// All standard tables of the document's template are printed. A table with no figures must still be
// printed (marked empty: 空表表示本部门无相关收支情况); "present but empty" passes, "missing" does not.

import { templateById } from '../../core/templates/registry.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { tabledOf } from '../../core/model/access.js';

export const tablesPresent = defineRule({
  id: 'tables-present',
  title: '完整性：模板规定的各张表均已公开（空表也须列示）',
  category: 'completeness',
  severity: 'error',
  rationale:
    '部门预算、单位预算和部门决算公开须包含模板规定的全部表格（湖南为十张表，上海预算和全国部门决算各九张）。没有相关收支的表也要公开，以空表列示并说明“空表表示本部门无相关收支情况”；缺表与空表是不同的事实，缺表是公开不完整。',
  appliesTo: ['department-budget', 'unit-budget', 'final-accounts'],
  example: {
    defect: '文档中没有“2024年政府性基金预算支出情况表”',
    message: '缺少第8张表“政府性基金预算支出表”（无数据也应以空表列示）',
  },
  check(doc) {
    const d = tabledOf(doc);
    if (!d) return [];
    const template = templateById(d.template);
    const out: FindingDraft[] = [];
    for (const t of template.tables) {
      if (d.tables[t.id]) continue;
      const diag = d.diagnostics.find((x) => x.code === 'table-missing' && x.table === t.name);
      out.push({
        message: `缺少第${t.no}张表“${t.name}”（无数据也应以空表列示）`,
        lines: diag ? [diag.source.line] : [],
        table: t.name,
      });
    }
    return out;
  },
});
