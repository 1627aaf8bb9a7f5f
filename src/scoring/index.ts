// Scoring: actual values against the targets' 评（扣）分标准 (parsed by core/scoring-standard), the
// self-evaluation of a document's targets, the actuals sheet, and in-year monitoring. Pure: values in,
// values out; no file, clock or network.
export { parseActual } from './actual.js';
export type { Actual } from './actual.js';
export { evaluate, evaluateRule } from './evaluate.js';
export type { EvalContext, Scored } from './context.js';
export { describeRule, describeStandard } from './describe.js';
export { DEFAULT_SETTINGS, gradeOf, settingsWith } from './settings.js';
export { evaluateDocument, evaluateTarget, indexActuals } from './self-evaluation.js';
export { isUnitTarget, keyString, keyedTargets, targetKeyString } from './targets.js';
export type { KeyedIndicator, KeyedTarget } from './targets.js';
export { renderTemplate, templateRows, SHEET_COLUMNS, EXECUTION_ROW } from './sheet/template.js';
export { actualProblem, readActuals, sheetErrorText } from './sheet/read.js';
export type { SheetError, SheetResult } from './sheet/read.js';
export { formatCsv, parseCsv } from './sheet/csv.js';
export {
  DEFAULT_MONITORING,
  executionWarning,
  indicatorWarning,
  monitorDocument,
  monitorTarget,
  recordProblems,
} from './monitoring.js';
export {
  BANDED_GRADES,
  DEFAULT_EVALUATION_SETTINGS_JSON,
  SETTINGS_PROBLEM_CODES,
  evaluationSettingsOf,
  monitoringSettingsOf,
  normalizeSettings,
  settingsProblems,
} from './region-settings.js';
export type { EvaluationSettingsJson, SettingsProblem, SettingsProblemCode } from './region-settings.js';
