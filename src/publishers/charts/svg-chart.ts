// Apache ECharts rendered server-side to a static SVG string (no DOM, no canvas, no script). The
// output is cleaned for inlining: ECharts' hover styles and metadata attributes are dropped, which
// also removes its per-process instance counters, so the same chart always gives the same bytes.

import * as coreModule from 'echarts/core';
import * as chartsModule from 'echarts/charts';
import * as componentsModule from 'echarts/components';
import * as renderersModule from 'echarts/renderers';

// ECharts 5's declaration files re-export extensionless paths, which NodeNext resolution cannot
// follow, so its types arrive unresolved. The little of its API used here is typed by hand.
interface EChartsInstance {
  setOption(option: ChartOption): void;
  renderToSVGString(): string;
  dispose(): void;
}
interface EChartsCore {
  init(
    dom: null,
    theme: null,
    opts: { renderer: 'svg'; ssr: true; width: number; height: number },
  ): EChartsInstance;
  use(extensions: unknown[]): void;
}
const echarts = coreModule as unknown as EChartsCore;
const { BarChart, PieChart } = chartsModule as unknown as Record<'BarChart' | 'PieChart', unknown>;
const { GridComponent } = componentsModule as unknown as Record<'GridComponent', unknown>;
const { SVGRenderer } = renderersModule as unknown as Record<'SVGRenderer', unknown>;

// Only what the charts use: smaller and faster to load than the full bundle.
echarts.use([PieChart, BarChart, GridComponent, SVGRenderer]);

/** The subset of ECharts options the charts use (see https://echarts.apache.org/en/option.html). */
export interface SeriesOption {
  type: 'pie' | 'bar';
  data: unknown[];
  [option: string]: unknown;
}
export interface ChartOption {
  color?: string[];
  textStyle?: { fontFamily?: string };
  animation?: boolean;
  grid?: Record<string, unknown>;
  xAxis?: Record<string, unknown>;
  yAxis?: Record<string, unknown>;
  series: SeriesOption[];
}

export interface ChartSize {
  width: number;
  height: number;
}

/** CJK first: the page and the PDF use Noto CJK (fonts-noto-cjk). Unquoted: it goes in a style attribute. */
export const CHART_FONT = 'Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif';

export function renderSvg(option: ChartOption, size: ChartSize): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option });
    return cleanSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

export function cleanSvg(svg: string): string {
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/\n+/g, '\n')
    .trim();
}

/** ECharts label templates treat {a}…{d} and "|" rich markers specially; user text must not. */
export function literalLabel(text: string): string {
  return text.replace(/[{}|]/g, '');
}
