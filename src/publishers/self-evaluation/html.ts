// The self-evaluation forms as one HTML page (and, printed through Chromium, the PDF): the summary and
// each target's form as a bordered table with its merged cells, labels shaded as on the printed form,
// the grounds of each score under it. Same stylesheet and page frame as the disclosure pages.

import type { DocumentEvaluation } from '../../core/model/performance.js';
import { esc } from '../html/escape.js';
import { page } from '../html/page.js';
import type { Form } from './grid.js';
import { evaluationForms } from './grid.js';

const FORM_STYLES = `
table.form.self-evaluation td{vertical-align:middle}
table.form.self-evaluation td.num{text-align:right}
table.form.self-evaluation th{background:var(--head)}
table.form.self-evaluation tbody.keep{break-inside:avoid}
@page{size:A4 landscape;margin:10mm 10mm 14mm}
ol.grounds{font-size:12px;color:#333;margin:6px 0 0;padding-left:1.4em}
ol.grounds li{margin:2px 0}
@media print{.doc-header{padding-top:8mm}.doc-header+.form-page.self-evaluation{break-before:avoid}}
.form-page .form-subtitle{text-align:center;margin:-6px 0 10px;color:var(--muted);font-size:13px}
@media print{ol.grounds{font-size:8pt;line-height:1.4}}
`;

function tableHtml(form: Form): string {
  const { grid } = form;
  const rows = [...grid.header, ...grid.body];
  const covered = new Set<string>();
  const span = new Map<string, { rows: number; cols: number }>();
  for (const m of grid.merges) {
    span.set(`${m.row},${m.col}`, { rows: m.rows, cols: m.cols });
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  const labels = new Set(form.labels.map(([r, c]) => `${r},${c}`));
  const cols = grid.widths.map((w) => `<col style="width:${w}%">`).join('');
  const kept = new Map((form.keep ?? []).map(([first, last]) => [first, last]));
  const ends = new Set((form.keep ?? []).map(([, last]) => last));
  const body = rows
    .map((cells, r) => {
      const tds = cells
        .map((cell, c) => {
          const k = `${r},${c}`;
          if (covered.has(k)) return '';
          const s = span.get(k);
          const attrs =
            (s && s.rows > 1 ? ` rowspan="${s.rows}"` : '') +
            (s && s.cols > 1 ? ` colspan="${s.cols}"` : '') +
            (cell.value !== undefined ? ' class="num"' : '');
          const tag = labels.has(k) ? 'th' : 'td';
          return `<${tag}${attrs}>${esc(cell.text)}</${tag}>`;
        })
        .join('');
      // A run kept on one page is a row group of its own.
      const open = kept.has(r) ? '</tbody><tbody class="keep">' : '';
      const close = ends.has(r) ? '</tbody><tbody>' : '';
      return `${open}<tr>${tds}</tr>${close}`;
    })
    .join('');
  return `<table class="form self-evaluation"><colgroup>${cols}</colgroup><tbody>${body}</tbody></table>`.replace(
    /<tbody><\/tbody>/g,
    '',
  );
}

function formHtml(form: Form, index: number): string {
  const [title, ...sub] = form.grid.caption;
  const notes = form.grid.notes.length
    ? `<ol class="grounds">${form.grid.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ol>`
    : '';
  return (
    `<section class="form-page self-evaluation" id="form-${index}">` +
    `<h3 class="form-title">${esc(title ?? '')}</h3>` +
    sub.map((s) => `<p class="form-subtitle">${esc(s)}</p>`).join('') +
    `<div class="table-wrap" tabindex="0">${tableHtml(form)}</div>${notes}</section>`
  );
}

export function renderSelfEvaluationHtml(ev: DocumentEvaluation): string {
  const heading = ev.department ?? ev.title ?? '绩效自评';
  const html = page({
    title: `${heading}${ev.year ? `${ev.year}年度` : ''}绩效自评`,
    heading,
    subheading: `${ev.year ? `${ev.year}年度` : ''}预算绩效自评`,
    content: evaluationForms(ev).map(formHtml).join(''),
    sourceFile: ev.file,
    unresolvedErrors: [],
  });
  return html.replace('</style>', `${FORM_STYLES}</style>`);
}
