// What a cell or a stated figure edits: the model path of its value (the server's edit operations,
// core/workflow/edits.ts) and the kind of input that fits it — a decimal for amounts, weights and the
// explanation's figures, a picker for the comparator, text for names, values and standards. The
// checks here are the page's (Chinese messages before anything is sent); the server's codec is the
// one validator and its refusals are shown as they come.
import type { EditOp } from '../api';
import { compare, isDecimal, normalized } from '../model/decimal';
import type { DocJson } from '../model/json';
import { COMPARATORS } from '../model/vocabulary';
import { statedEdits } from './narrative-layout';

export const EDIT_KINDS = ['amount', 'points', 'figure', 'text', 'long-text', 'comparator'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface EditField {
  kind: EditKind;
  /** The field's name as the page says it: 权重, 评（扣）分标准, “三公”经费预算数… */
  label: string;
  /** The unit of a number (万元, 分, %, 人). */
  unit?: string;
  /** Whether the model refuses a blank (a target's name, a stated figure). */
  required?: boolean;
  /** A line under the input on how to fill it in. */
  hint?: string;
}

const TEXT_LIMIT = 2000;

/** Why the input does not fit the field (Chinese), or null when it may be sent. */
export function inputProblem(field: EditField, input: string): string | null {
  const v = input.trim();
  if (!v) return field.required ? `请填写${field.label}` : null;
  switch (field.kind) {
    case 'amount':
    case 'figure':
    case 'points': {
      if (!isDecimal(v))
        return `${field.label}应为数字，如 ${field.kind === 'points' ? '15 或 12.5' : '26.08'}`;
      if (field.kind === 'points' && (compare(v, '0') < 0 || compare(v, '100') > 0))
        return '权重应在 0 到 100 分之间';
      return null;
    }
    case 'comparator':
      return (COMPARATORS as readonly string[]).includes(v)
        ? null
        : '请选择指标值类型（≥、≤、=、>、<、定性、定量）';
    case 'text':
    case 'long-text':
      return v.length > TEXT_LIMIT ? `${field.label}过长（最多 ${TEXT_LIMIT} 字）` : null;
  }
}

const INDICATOR_TEXT = /^(projectTargets|unitTargets)\[(\d+)\]\.indicators\[(\d+)\]\.(name|value)$/;

/**
 * A row that only said its 二级指标 does not apply (placeholder: no 三级 name or value) becomes an
 * indicator the review counts once the unit gives it a name or a value.
 */
function filledPlaceholder(doc: DocJson, path: string, v: string): EditOp[] {
  const m = INDICATOR_TEXT.exec(path);
  if (!m || !v || !('projectTargets' in doc)) return [];
  const targets = m[1] === 'unitTargets' ? doc.unitTargets : doc.projectTargets;
  const indicator = targets[Number(m[2])]?.indicators[Number(m[3])];
  if (!indicator?.placeholder) return [];
  return [{ op: 'set', path: path.replace(/(name|value)$/, 'placeholder'), value: false }];
}

/** The edit operations that set the value at `path` to `input`, with the fields kept in step with it. */
export function editOps(doc: DocJson, path: string, field: EditField, input: string): EditOp[] {
  const v = input.trim();
  // What the explanation states: the value with the sentence that prints it.
  if (path.startsWith('narrative.') && 'narrative' in doc) return statedEdits(doc.narrative, path, v);
  switch (field.kind) {
    case 'amount':
      return [{ op: 'set', path, value: v ? (normalized(v) ?? v) : null }];
    case 'points':
      // A number replaces whatever was printed instead of one (weightText).
      return [
        { op: 'set', path, value: v ? (normalized(v) ?? v) : null },
        { op: 'set', path: path.replace(/weight$/, 'weightText'), value: null },
      ];
    case 'comparator':
      // 指标值类型 as printed and the comparator read from it.
      return [
        { op: 'set', path, value: v },
        { op: 'set', path: path.replace(/valueType$/, 'comparator'), value: v },
      ];
    case 'figure':
      return [{ op: 'set', path, value: normalized(v) ?? v }];
    case 'text':
    case 'long-text':
      return [{ op: 'set', path, value: v || null }, ...filledPlaceholder(doc, path, v)];
  }
}
