// The city-wide list of key policy and project targets (重大政策和重点项目绩效目标) as one table,
// grouped by department (主管单位 merged over its projects) and by project (name, amount and goal
// merged over the project's indicators).

import type { KeyProjectsDocument } from '../../core/model/document.js';
import type { PerformanceTarget } from '../../core/model/targets.js';
import { esc } from './escape.js';
import { baseName } from './page.js';
import { PROJECT_FIELD_LABELS, PROJECT_FIELDS } from '../indicator-columns.js';
import { indicatorCells, targetRows } from './indicator-grid.js';
import { emptyBody, money, row, td, th } from './table-kit.js';

/** Consecutive projects of the same department. */
function groups(projects: readonly PerformanceTarget[]): PerformanceTarget[][] {
  const out: PerformanceTarget[][] = [];
  for (const p of projects) {
    const last = out[out.length - 1];
    if (last && last[0]?.department === p.department) last.push(p);
    else out.push([p]);
  }
  return out;
}

export function renderKeyProjects(doc: KeyProjectsDocument): string {
  const head =
    row([
      th('主管单位', { rowspan: 2, cls: 'label' }),
      th('项目名称', { rowspan: 2 }),
      th('资金总额', { rowspan: 2 }),
      th('绩效目标', { rowspan: 2 }),
      th('绩效指标', { colspan: 2 + PROJECT_FIELDS.length }),
    ]) + row([th('一级指标'), th('二级指标'), ...PROJECT_FIELD_LABELS.map((l) => th(l))]);
  const count = 4 + 2 + PROJECT_FIELDS.length;
  let body = '';
  for (const g of groups(doc.projects)) {
    const cells = g.map((p) => indicatorCells(p.indicators, PROJECT_FIELDS));
    const groupRows = cells.reduce((n, c) => n + c.length, 0);
    g.forEach((p, i) => {
      body += targetRows(
        (n) => [
          ...(i === 0 ? [td(p.department, { rowspan: groupRows, cls: 'label' })] : []),
          td(p.name.value, { rowspan: n, cls: 'w-name' }),
          money(p.amount, { rowspan: n }),
          td(p.goal?.value, { rowspan: n, cls: 'w-goal' }),
        ],
        cells[i] ?? [],
        i === 0 ? 'group-start' : undefined,
      );
    });
  }
  if (!body) body = emptyBody(count);
  const title = doc.title?.value ?? `${doc.year ?? ''}年度重大政策和重点项目绩效目标`;
  const departments = new Set(doc.projects.map((p) => p.department ?? '')).size;
  return (
    `<section class="table-page wide key-projects" id="key-projects">` +
    `<h2 class="table-title">${esc(title)}</h2>` +
    `<div class="table-meta"><span>共 ${esc(departments)} 个主管单位、${esc(doc.projects.length)} 个项目（由 yusuan 根据 ${esc(baseName(doc.source.file))} 生成）</span>` +
    `<span>${doc.unit ? `金额单位：${esc(doc.unit)}` : ''}</span></div>` +
    `<div class="table-wrap" tabindex="0"><table class="data targets"><thead>${head}</thead><tbody>${body}</tbody></table></div>` +
    (doc.note ? `<p class="table-note">${esc(doc.note.value)}</p>` : '') +
    `</section>`
  );
}
