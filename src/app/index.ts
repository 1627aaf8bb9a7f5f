// The library's use cases and what their callers (the CLI, the server, scripts) need to read their
// results: the model's types, exact decimals, vocabulary, the rule catalogue. Adapters import from
// here, never from core/, rules/ or importers/ directly.
export * from '../core/index.js';
export * from '../core/errors.js';
export * from '../core/codec/index.js';
export {
  amountTable,
  balanceTable,
  departmentOf,
  entry,
  entryAmount,
  keyTotals,
  totalRow,
} from '../core/model/access.js';
export type { KeyTotals } from '../core/model/access.js';
export { review, severityCounts } from '../rules/engine.js';
export type { ReviewOptions } from '../rules/engine.js';
export { CATALOGUE, findRule } from '../rules/catalogue.js';
export { CATEGORY_LABELS } from '../rules/docs.js';
export type { Finding, Rule } from '../rules/rule.js';
export * from './ports.js';
export * from './load.js';
export * from './review.js';
export * from './publish.js';
export * from './summary.js';
export { nodePorts, nodeFiles, nodeSink, chromiumPrinter, closePrinter, systemClock } from './node-ports.js';
export { sampleDocument, sampleWithDefect } from '../demo/index.js';
export * from './write-output.js';
export { mapOrdered } from '../platform/worker-pool.js';
export { absorbPdfjsStrayRejections, isPdfjsStrayRejection } from '../platform/stray-rejections.js';
export type { PoolOptions } from '../platform/worker-pool.js';
export * from './evaluate.js';
export { evaluationJson } from './evaluation-json.js';
export * from './json-numbers.js';
export * from './store.js';
export * from './store-import.js';
export * from './jobs.js';
export * from './accounts.js';
export * from './demo-seed.js';
export * from './workflow.js';
export * from './workflow-inbox.js';
export * from './workflow-create.js';
export * from './audit-export.js';
export type { WorkflowAction, RegionSettings } from '../core/workflow/states.js';
export { WORKFLOW_ACTIONS } from '../core/workflow/states.js';
export type { ChainReport } from '../core/workflow/audit-chain.js';
export { auditEntries, verifyAudit } from '../store/audit.js';
export * from './exports.js';
export * from './evaluation.js';
export * from './evaluation-list.js';
export * from './evaluation-settings.js';
export * from './evaluation-sheet.js';
export * from './monitoring.js';
export type { EvaluationAction } from '../core/workflow/states.js';
export { EVALUATION_ACTIONS } from '../core/workflow/states.js';
