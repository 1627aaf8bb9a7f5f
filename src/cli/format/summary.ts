// What `yusuan inspect` prints: the summary as lines for people, or (--summary) one JSON object with
// amounts in 万元 at two decimals.
import type { DocumentSummary } from '../../app/index.js';
import { summaryJson } from '../../app/index.js';

export function summaryText(s: DocumentSummary, json: boolean): string {
  return (json ? summaryJson(s) /* the server's /summary is this same text */ : humanSummary(s)) + '\n';
}

function humanSummary(s: DocumentSummary): string {
  const money = (d: { toGrouped(n: number): string } | null) => (d ? d.toGrouped(2) : '—');
  const lines = [
    `类型：${s.kind}`,
    `部门：${s.department ?? '—'}`,
    `年度：${s.year ?? '—'}`,
    `单位：${s.units.map((u) => (u.code ? `${u.code} ${u.name}` : u.name)).join('；') || '—'}`,
    `收入合计 ${money(s.totals.income)}，支出合计 ${money(s.totals.expenditure)}，基本支出 ${money(s.totals.basic)}，` +
      `项目支出 ${money(s.totals.project)}，人员类 ${money(s.totals.personnel)}，公用经费 ${money(s.totals.publicFunds)}，` +
      `“三公”经费 ${money(s.totals.threePublic)}（万元）`,
    `表：${s.tables.join('、') || '—'}`,
    `项目 ${s.projects.length} 个：`,
    ...s.projects.map(
      (p) =>
        `  ${p.unit ?? p.department ?? ''} ${p.name} ${money(p.amount)} 万元，指标 ${p.indicators} 条，权重合计 ${p.weightSum?.toString() ?? '—'}`,
    ),
    `诊断 ${s.diagnostics} 条`,
  ];
  return lines.join('\n');
}
