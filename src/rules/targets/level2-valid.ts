// The 二级指标 of each row belongs under its 一级指标 (LEVEL2_BY_LEVEL1), and both are names from the
// vocabulary. A printed level that is not a valid name ("项目情况" as 一级指标) or a level 2 under the
// wrong level 1 (生态效益指标 under 产出指标) is reported once per target and printed text.

import type { Indicator } from '../../core/model/targets.js';
import { LEVEL2_BY_LEVEL1 } from '../../core/vocabulary.js';
import { defineRule } from '../rule.js';
import type { FindingDraft } from '../rule.js';
import { targetFinding, targetLabel, targetViews } from './target-view.js';

// Declaration forms list 服务对象满意度 under 效益指标 ("效益指标（…以及服务对象满意度等）").
const formsAllow = (ind: Indicator): boolean =>
  ind.level1 === '效益指标' && ind.level2 === '服务对象满意度指标';

function problem(ind: Indicator, form: boolean): { found: string; message: string } | null {
  if (ind.level1 === null && ind.level1Text) {
    return { found: ind.level1Text, message: `一级指标“${ind.level1Text}”不是规范的一级指标名称` };
  }
  if (ind.level2 === null && ind.level2Text) {
    return { found: ind.level2Text, message: `二级指标“${ind.level2Text}”不是规范的二级指标名称` };
  }
  if (
    ind.level1 &&
    ind.level2 &&
    !LEVEL2_BY_LEVEL1[ind.level1].includes(ind.level2) &&
    !(form && formsAllow(ind))
  ) {
    return {
      found: `${ind.level1}/${ind.level2}`,
      message: `二级指标“${ind.level2}”不属于一级指标“${ind.level1}”`,
    };
  }
  return null;
}

export const level2Valid = defineRule({
  id: 'target-levels-valid',
  title: '一级、二级指标名称规范且相互对应',
  category: 'target',
  severity: 'warning',
  rationale:
    '绩效指标体系的一级指标为成本、产出、效益、满意度，各有规定的二级指标（如产出指标下为数量、质量、时效指标）；名称不规范或挂错一级指标，无法按指标体系审核和评价。',
  appliesTo: ['department-budget', 'key-projects', 'declaration-forms'],
  example: {
    defect: '“按进度计划实施情况”填在一级指标“产出指标”、二级指标“生态效益指标”下',
    message: '项目“农村小型农田水利设施建设与维护”：二级指标“生态效益指标”不属于一级指标“产出指标”',
  },
  check(doc) {
    const out: FindingDraft[] = [];
    for (const v of targetViews(doc)) {
      const seen = new Set<string>();
      const form = v.kind === 'declaration-project' || v.kind === 'declaration-department';
      for (const ind of v.indicators) {
        const p = problem(ind, form);
        if (!p || seen.has(p.found)) continue;
        seen.add(p.found);
        const expected = ind.level1
          ? LEVEL2_BY_LEVEL1[ind.level1].join('、')
          : '成本指标、产出指标、效益指标、满意度指标';
        out.push(
          targetFinding(v, ind, { message: `${targetLabel(v)}：${p.message}`, found: p.found, expected }),
        );
      }
    }
    return out;
  },
});
