// The page's only stylesheet, inlined. Screen: readable on a desktop and on a phone (wide tables
// scroll sideways inside their frame; the row-label column stays in view). Print: A4, each table on
// a new page, the wide target tables and forms on A4 landscape, table headers repeated on every page.

export const STYLES = `
:root{--ink:#1b1f24;--muted:#5b6470;--rule:#8a929c;--head:#eef1f5;--accent:#23487a;--warn:#9b1c1c;--warn-bg:#fdecec}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;font:15px/1.75 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px 20px 48px}
h1,h2,h3,h4{font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC",serif;line-height:1.4;color:#111}
.doc-header{text-align:center;padding:48px 0 28px;border-bottom:3px double var(--rule);margin-bottom:28px}
.doc-header .department{font-size:30px;margin:0 0 12px;letter-spacing:.08em}
.doc-header .doc-title{font-size:24px;margin:0;font-weight:600}
.doc-header .doc-meta{color:var(--muted);font-size:13px;margin-top:14px}
.review-banner{border:2px solid var(--warn);background:var(--warn-bg);color:var(--warn);padding:12px 16px;margin:0 0 24px;border-radius:4px}
.review-banner strong{font-size:17px}
.review-banner ol{margin:8px 0 0;padding-left:1.6em;font-size:13px;color:#5b1111}
.toc{margin:0 auto 36px;max-width:640px}
.toc h2{text-align:center;letter-spacing:.5em;font-size:20px}
.toc-list{list-style:none;padding-left:2em;margin:4px 0 12px}
.toc a{color:var(--accent);text-decoration:none}
.toc-note{color:var(--muted);font-size:13px}
.part>h2{font-size:22px;text-align:center;margin:40px 0 20px}
.narrative h3{font-size:18px;margin:28px 0 8px}
.narrative h4{font-size:16px;margin:16px 0 4px}
.narrative p{margin:6px 0;text-indent:2em;text-align:justify}
.narrative p.carried{color:#222}
.narrative p.missing,.missing{color:var(--warn);text-indent:0;font-style:normal}
.narrative ol.units{margin:6px 0 6px 2em}
figure.chart{margin:16px auto}
figure.chart svg{max-width:100%;height:auto;display:block}
figure.chart-bar svg{margin:0 auto}
figure.chart figcaption{font-size:14px;color:var(--muted);margin-top:6px;text-align:center}
.chart-parts{display:flex;flex-wrap:wrap;justify-content:center;gap:20px 36px}
.donut-part{display:flex;align-items:center;gap:18px;flex-wrap:wrap;justify-content:center}
.donut{position:relative;width:180px;height:180px;flex:none}
.donut svg{width:180px;height:180px}
.donut-center{position:absolute;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center;font-size:12px;color:var(--muted);line-height:1.3}
.donut-center b{font-size:15px;color:var(--ink);font-variant-numeric:tabular-nums}
table.legend{border-collapse:collapse;font-size:13px}
table.legend caption{font-weight:600;text-align:left;padding-bottom:2px}
table.legend th{font-weight:400;color:var(--muted);font-size:12px;text-align:left;padding:2px 8px;border-bottom:1px solid #ccd}
table.legend td{padding:3px 8px;border-bottom:1px solid #eee}
table.legend td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px;vertical-align:-1px;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.table-page,.form-page{margin:44px 0}
.table-caption{margin:0;color:var(--muted);font-size:13px}
.table-title,.form-title{text-align:center;font-size:19px;margin:4px 0 10px}
.table-meta{display:flex;justify-content:space-between;gap:16px;flex-wrap:wrap;font-size:13px;color:#333;margin-bottom:6px}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table.data,table.form{border-collapse:separate;border-spacing:0;width:100%;font-size:13px;line-height:1.5;border-top:1px solid var(--rule);border-left:1px solid var(--rule)}
table.data th,table.data td,table.form th,table.form td{border-right:1px solid var(--rule);border-bottom:1px solid var(--rule);padding:4px 6px;vertical-align:middle;background:#fff}
table.data th,table.form th{background:var(--head);font-weight:600;text-align:center}
table.data td.num,table.form td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
table.data td.code{text-align:center;white-space:nowrap;font-variant-numeric:tabular-nums}
table.data td.center{text-align:center}
table.data .label{position:sticky;left:0;z-index:1}
table.data thead .label{z-index:2}
table.data tr.row-total td{font-weight:700;background:#f7f8fa}
table.data tr.row-class td{font-weight:600}
table.data tr.row-unit td{font-weight:600;background:#f7f8fa}
table.data tr.row-numbering td{color:var(--muted);font-size:12px;background:#fafbfc}
table.data td.subitem{padding-left:1.6em}
table.data td.empty{text-align:center;color:var(--muted);padding:14px}
table.balance td.label,table.balance td.item,table.balance td.subtotal,table.balance td.total{white-space:nowrap}
table.targets{font-size:12px}
table.targets th{min-width:3.5em}
table.targets td{vertical-align:top}
table.targets td.level{text-align:center;vertical-align:middle;min-width:4.5em}
table.targets td.w-goal{min-width:14em}
table.targets td.w-text{min-width:11em}
table.targets td.w-name,table.targets td.label{min-width:8em}
table.form{table-layout:fixed}
table.form th{font-weight:600}
table.form th.form-section{width:7em}
table.form td{vertical-align:top}
.table-note{font-size:12px;color:#333;margin:6px 0 0}
@media (max-width:640px){
  body{font-size:15px}
  main{padding:12px 12px 32px}
  .doc-header{padding:24px 0 16px}
  .doc-header .department{font-size:22px}
  .doc-header .doc-title{font-size:18px}
  .table-title,.form-title{font-size:16px}
  table.data,table.form{font-size:12px;width:auto;min-width:100%}
  table.data th{min-width:4em}
  table.targets th{min-width:3.4em}
  table.data .label{min-width:7.5em;max-width:11em;box-shadow:2px 0 0 rgba(0,0,0,.06)}
  table.form{table-layout:auto;min-width:600px}
  figure.chart{margin:10px -4px}
}
@page{size:A4 portrait;margin:14mm 12mm 16mm}
@page wide{size:A4 landscape;margin:10mm 10mm 14mm}
@media print{
  body{font-size:10.5pt;line-height:1.6}
  main{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  .doc-header{padding-top:30mm}
  .toc{break-after:page}
  .part2>h2{break-before:page}
  .table-page,.form-page{break-before:page;margin:0}
  .part2>h2+.table-page{break-before:avoid}
  .table-page.wide,.key-projects{page:wide}
  table.form{font-size:8.5pt;line-height:1.45}
  .table-wrap{overflow:visible}
  table.data,table.form{font-size:9pt;width:100%}
  table.targets{font-size:7.5pt;line-height:1.35}
  table.targets td.w-goal{min-width:9em}
  table.targets td.w-text{min-width:7em}
  table.targets td.w-name,table.targets td.label{min-width:5em}
  table.data .label{position:static}
  thead{display:table-header-group}
  table.data:not(.targets) tr{break-inside:avoid}
  figure.chart{break-inside:avoid}
  .narrative h3,.narrative h4{break-after:avoid}
  .review-banner{break-inside:avoid}
}
`;
