// Chart figures of Part 1: each donut beside its legend (colour, name, exact amount, share), the
// total in the donut's hole; the functional classification as a bar chart. The SVG comes from
// ECharts; every figure printed is exact text from the model.

import { Decimal } from '../../core/decimal.js';
import { barSvg, chartParts, colorAt, donutSvg } from '../charts/index.js';
import type { DonutPart } from '../charts/index.js';
import type { BudgetFigures } from '../narrative/figures.js';
import { percentText, shareOf, tableMoney } from '../narrative/format.js';
import type { ChartKind } from '../narrative/types.js';
import { esc } from './escape.js';

function donutPart(p: DonutPart): string {
  const sum = Decimal.sum(p.items.map((i) => i.value));
  const rows = p.items
    .map((item, i) => {
      const share = shareOf(item.value, sum);
      return (
        `<tr><td><i class="swatch" style="background:${colorAt(i)}"></i>${esc(item.label)}</td>` +
        `<td class="num">${tableMoney(item.value)}</td><td class="num">${share ? percentText(share) : ''}</td></tr>`
      );
    })
    .join('');
  const total = p.total ?? sum;
  return (
    `<div class="donut-part"><div class="donut">${donutSvg(p.items)}` +
    `<div class="donut-center"><span>合计</span><b>${tableMoney(total)}</b><span>万元</span></div></div>` +
    `<table class="legend"><caption>${esc(p.title)}</caption>` +
    `<thead><tr><th>项目</th><th>金额（万元）</th><th>占比</th></tr></thead><tbody>${rows}</tbody></table></div>`
  );
}

/** The figure for a narrative chart block, or '' when the figures have nothing to draw. */
export function chartFigure(kind: ChartKind, title: string, f: BudgetFigures): string {
  if (kind === 'functional') {
    if (f.generalClasses.length === 0) return '';
    return (
      `<figure class="chart chart-bar">${barSvg(f.generalClasses)}` +
      `<figcaption>${esc(title)}（单位：万元）</figcaption></figure>`
    );
  }
  const parts = chartParts(kind, f);
  if (parts.length === 0) return '';
  return (
    `<figure class="chart chart-${kind}"><div class="chart-parts">${parts.map(donutPart).join('')}</div>` +
    `<figcaption>${esc(title)}</figcaption></figure>`
  );
}
