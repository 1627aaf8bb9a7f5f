import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import { importDepartment } from '../../test-support/corpus.js';
import { collectFigures } from '../narrative/figures.js';
import { barSvg, chartParts, donutSvg } from './index.js';
import { cleanSvg, literalLabel } from './svg-chart.js';

const figures = collectFigures(importDepartment('bangongting'));

describe('chartParts', () => {
  it('draws 收入预算图 by income kind and 支出预算图 by kind and by functional class, from the tables', () => {
    expect(
      chartParts('income', figures).map((p) => p.items.map((i) => `${i.label} ${i.value.toString()}`)),
    ).toEqual([['本级财政拨款收入 6563.63']]);
    expect(
      chartParts('expenditure', figures).map((p) => [
        p.title,
        p.items.map((i) => `${i.label} ${i.value.toString()}`),
      ]),
    ).toEqual([
      ['按支出性质', ['基本支出 5401.88', '项目支出 1161.75']],
      ['按功能分类', ['一般公共服务支出 6563.63']],
    ]);
  });
});

describe('donutSvg and barSvg', () => {
  it('give a static SVG: no script, no external reference, no hover styles', () => {
    for (const svg of [donutSvg(figures.expenditureKinds), barSvg(figures.generalClasses)]) {
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg.endsWith('</svg>')).toBe(true);
      expect(svg).not.toMatch(/<script|<style|href=|ecmeta_|zr\d+-cls/);
    }
  });

  it('give the same bytes every time (no per-instance counters), so golden files hold', () => {
    expect(donutSvg(figures.expenditureKinds)).toBe(donutSvg(figures.expenditureKinds));
    expect(barSvg(figures.generalClasses)).toBe(barSvg(figures.generalClasses));
  });

  it('draw one slice per item, in the palette colours', () => {
    const svg = donutSvg(figures.expenditureKinds);
    expect(svg.match(/<path d="M/g)).toHaveLength(2);
    expect(svg).toContain('fill="#2f5d9e"');
    expect(svg).toContain('fill="#d4883c"');
  });

  it('label bars with the class and its exact amount, escaped', () => {
    const svg = barSvg([
      { label: '一般公共服务支出', code: '201', value: Decimal.from('6563.63') },
      { label: '<b>{a}</b>', code: '999', value: Decimal.from('0.10') },
    ]);
    expect(svg).toContain('>一般公共服务支出</text>');
    expect(svg).toContain('>6,563.63万元</text>');
    expect(svg).toContain('&lt;b&gt;a&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
  });
});

describe('cleanSvg and literalLabel', () => {
  it('drop ECharts hover styles and metadata', () => {
    const raw =
      '<svg>\n<path class="zr3-cls-1" ecmeta_series_index="0" d="M0"></path>\n<style ><![CDATA[.zr3-cls-1:hover{}]]></style>\n</svg>';
    expect(cleanSvg(raw)).toBe('<svg>\n<path d="M0"></path>\n</svg>');
  });

  it('keep label templates from reading document text as placeholders', () => {
    expect(literalLabel('{b}|rich{x}')).toBe('brichx');
  });
});
