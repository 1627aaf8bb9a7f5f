// The public library: the model, the importer and the app-level use cases. The CLI is a thin client of it.
export * from './core/index.js';
export { importBytes, importDocument, importText } from './importers/index.js';
export type {
  ImportResult,
  ImportFailure,
  ImportFailureCode,
  ImportOptions,
  ImportBytesOptions,
  ImportPorts,
} from './importers/index.js';
export { summarize } from './app/summary.js';
export type { DocumentSummary } from './app/summary.js';
export { review, severityCounts } from './rules/engine.js';
export type { ReviewOptions } from './rules/engine.js';
export { CATALOGUE, findRule } from './rules/catalogue.js';
export type { Finding, Rule } from './rules/rule.js';
export { sampleDocument, sampleWithDefect } from './app/sample-document.js';
