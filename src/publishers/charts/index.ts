// The charts of Part 1 as inline SVG: 收入预算图 (income by kind), 支出预算图 (expenditure by kind and
// by functional class) and the functional classification of general public budget spending (bar).
// Donuts carry no text: the page prints each one's legend beside it with the exact figures, so the
// text stays selectable and searchable; ECharts only draws the shapes (values drawn from binary
// numbers are fine for geometry, never for the figures printed).

import type { Decimal } from '../../core/decimal.js';
import type { BudgetFigures, LabelledAmount } from '../narrative/figures.js';
import { tableMoney } from '../narrative/format.js';
import { literalLabel, renderSvg } from './svg-chart.js';

export { cleanSvg, renderSvg, CHART_FONT } from './svg-chart.js';
export type { ChartOption, ChartSize, SeriesOption } from './svg-chart.js';

/** Colours of the slices, in order; legends use the same list. */
export const PALETTE = [
  '#2f5d9e',
  '#d4883c',
  '#4e9a6b',
  '#b0493f',
  '#7a5ca8',
  '#3a9bb0',
  '#9a8a3a',
  '#6b7480',
] as const;

export const colorAt = (i: number): string => PALETTE[i % PALETTE.length] ?? '#6b7480';

/** A composition donut without labels, `size` pixels square. */
export function donutSvg(items: readonly LabelledAmount[], size = 220): string {
  return renderSvg(
    {
      color: [...PALETTE],
      series: [
        {
          type: 'pie',
          silent: true,
          radius: ['52%', '92%'],
          center: ['50%', '50%'],
          label: { show: false },
          labelLine: { show: false },
          itemStyle: { borderColor: '#fff', borderWidth: items.length > 1 ? 1 : 0 },
          data: items.map((i) => ({ name: i.label, value: i.value.toNumber() })),
        },
      ],
    },
    { width: size, height: size },
  );
}

/** Horizontal bars, one per class, labelled with the class name and the exact amount. */
export function barSvg(items: readonly LabelledAmount[], width = 640): string {
  const height = 40 + items.length * 40;
  return renderSvg(
    {
      color: [...PALETTE],
      grid: { left: 8, right: 120, top: 12, bottom: 24, containLabel: true },
      xAxis: {
        type: 'value',
        axisLabel: { fontSize: 11, color: '#555' },
        splitLine: { lineStyle: { color: '#e5e5e5' } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: items.map((i) => literalLabel(i.label)),
        axisLabel: { fontSize: 12, color: '#222' },
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          silent: true,
          barMaxWidth: 22,
          data: items.map((i) => ({
            value: i.value.toNumber(),
            label: {
              show: true,
              position: 'right',
              formatter: `${tableMoney(i.value)}万元`,
              color: '#222',
              fontSize: 12,
            },
          })),
        },
      ],
    },
    { width, height },
  );
}

/** One donut of a chart: its title, the items (with their colours by index) and the total. */
export interface DonutPart {
  title: string;
  items: LabelledAmount[];
  total: Decimal | null;
}

/** The donuts of 收入预算图 / 支出预算图; empty when the figures have nothing to draw. */
export function chartParts(kind: 'income' | 'expenditure', f: BudgetFigures): DonutPart[] {
  const part = (title: string, items: LabelledAmount[], total: Decimal | null): DonutPart[] =>
    items.length ? [{ title, items, total }] : [];
  if (kind === 'income') return part('按收入来源', f.incomeKinds, f.incomeTotal);
  return [
    ...part('按支出性质', f.expenditureKinds, f.expenditureTotal),
    ...part('按功能分类', f.expenditureClasses, f.expenditureTotal),
  ];
}
