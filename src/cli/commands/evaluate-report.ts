// The human form of `yusuan evaluate --actuals`: per target its total and grade, budget execution, each
// indicator's points out of its weight with the reason, and what the unit still owes; targets not yet
// evaluated in one line each; the standards that cannot be applied; a count of grades at the end.

import { targetText } from '../../app/index.js';
import type { DocumentEvaluation, IndicatorEvaluation, TargetEvaluation } from '../../app/index.js';

const isUnit = (t: TargetEvaluation): boolean => t.kind === 'unit' || t.kind === 'declaration-department';
const label = (t: TargetEvaluation): string =>
  `${isUnit(t) ? '单位' : '项目'}“${t.name}”${t.unit && t.unit !== t.name ? `（${t.unit}）` : ''}`;

function indicatorLine(i: IndicatorEvaluation): string {
  const level = [i.key.level1, i.key.level2].filter(Boolean).join('/');
  const t = targetText(i);
  const target = t ? `，目标 ${t}` : '';
  const head = `    ${level ? `[${level}] ` : ''}${i.key.indicator}${target}`;
  if (i.status === 'not-applicable') return `${head}：不适用`;
  if (i.score === null) return `${head}：${i.reason}`;
  return `${head}：${i.score.toFixed(2)}/${i.weight.toFixed(2)} 分\n      ${i.reason}`;
}

function targetBlock(t: TargetEvaluation): string[] {
  const scored = t.indicators.filter((i) => i.status !== 'not-evaluated').length;
  if (scored === 0 && t.execution.score === null) {
    return [`${label(t)}：未评价（${t.indicators.length}项指标和预算执行率均未填写）`];
  }
  const total = t.complete
    ? `得分 ${t.score.toFixed(2)}，等级 ${t.grade ?? ''}`
    : `已评部分得分 ${t.score.toFixed(2)}（未完成评价）`;
  const e = t.execution;
  const lines = [
    `${label(t)}：${total}`,
    `    预算执行率：${e.score === null ? e.reason : `${e.score.toFixed(2)}/${e.weight.toFixed(2)} 分\n      ${e.reason}`}`,
    ...t.indicators.map(indicatorLine),
  ];
  if (t.issues.length > 0) lines.push('    待补充：', ...t.issues.map((s) => `      - ${s}`));
  return lines;
}

export function evaluationReport(ev: DocumentEvaluation): string {
  const head = [ev.department, ev.year ? `${ev.year}年` : null, '绩效自评'].filter(Boolean).join(' ');
  const total = ev.targets.reduce((n, t) => n + t.indicators.length, 0);
  const out = [
    `${head}（${ev.file}）`,
    `目标 ${ev.targets.length} 个，指标 ${total} 项；评分标准无法据以计分 ${ev.unparsed.length} 项（按默认规则计分）`,
    '',
  ];
  for (const t of ev.targets) out.push(...targetBlock(t), '');
  if (ev.unparsed.length > 0) {
    out.push(`评分标准无法据以计分（${ev.unparsed.length} 项，为绩效目标的缺陷）：`);
    for (const u of ev.unparsed) {
      out.push(`  第 ${u.key.line} 行 “${u.key.target}”的指标“${u.key.indicator}”：${u.reason}`);
    }
    out.push('');
  }
  const done = ev.targets.filter((t) => t.complete);
  const grades = ['优', '良', '中', '差'].map((g) => `${g} ${done.filter((t) => t.grade === g).length}`);
  out.push(`完成评价 ${done.length}/${ev.targets.length} 个目标：${grades.join('，')}`);
  return out.join('\n');
}
