// The self-evaluation publishers: HTML (printed to PDF by the app through Chromium) and XLSX, both from
// the same grids (grid.ts).
export { renderSelfEvaluationHtml } from './html.js';
export { renderSelfEvaluationXlsx } from './xlsx.js';
export { evaluationForms } from './grid.js';
export type { Form } from './grid.js';
