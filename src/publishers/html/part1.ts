// Part 1 (部门预算说明) as HTML: the seven sections of the generated narrative, carried paragraphs
// marked as such, charts inline as SVG.

import type { NarrativeBlock, PublishedNarrative } from '../narrative/index.js';
import { chartFigure } from './charts-html.js';
import { esc } from './escape.js';

/** A carried paragraph that is only a sub-heading, e.g. "（一）职能职责". */
const SUBHEADING = /^[（(][一二三四五六七八九十]+[)）]\s*\S{1,16}$/;

function block(b: NarrativeBlock, narrative: PublishedNarrative): string {
  switch (b.kind) {
    case 'text': {
      if (b.origin === 'carried' && SUBHEADING.test(b.text)) return `<h4>${esc(b.text)}</h4>`;
      const lead = b.lead ? `<strong>${esc(b.lead)}</strong>` : '';
      const cls = b.origin === 'carried' ? ' class="carried"' : '';
      return `<p${cls}>${lead}${esc(b.text)}</p>`;
    }
    case 'list':
      return `<ol class="units">${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ol>`;
    case 'chart':
      return chartFigure(b.chart, b.title, narrative.figures);
    case 'missing':
      return `<p class="missing">${esc(b.text)}</p>`;
  }
}

export function renderPart1(narrative: PublishedNarrative, year: number | null): string {
  const sections = narrative.sections
    .map(
      (s) =>
        `<section class="narrative" id="s-${s.key}"><h3>${esc(s.heading)}</h3>` +
        s.blocks.map((b) => block(b, narrative)).join('') +
        `</section>`,
    )
    .join('');
  return (
    `<section class="part part1" id="part1"><h2>第一部分 ${year === null ? '' : esc(year) + '年'}部门预算说明</h2>` +
    sections +
    `</section>`
  );
}
