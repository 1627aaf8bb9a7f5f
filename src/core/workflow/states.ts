// The workflow's closed sets: the states a document (or an adjustment request) passes through, the
// actions that move it, the roles of the people who act, and the region settings that shape the chain.
// draft → submitted → [department-reviewed, when the region asks for the 主管部门 step] → approved →
// published; `return` sends it back to draft with an opinion; `adjust` opens a 调整申请 on an approved
// or published document, which runs the same chain and, once approved, becomes a new version.

export const DOCUMENT_STATES = [
  'draft',
  'submitted',
  'department-reviewed',
  'approved',
  'published',
] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];
export const isDocumentState = (x: unknown): x is DocumentState =>
  typeof x === 'string' && (DOCUMENT_STATES as readonly string[]).includes(x);
export const DOCUMENT_STATE_LABELS: Record<DocumentState, string> = {
  draft: '草稿',
  submitted: '已报送',
  'department-reviewed': '主管部门已审核',
  approved: '已批复',
  published: '已公开',
};

export const WORKFLOW_ACTIONS = [
  'submit',
  'department-review',
  'return',
  'approve',
  'publish',
  'adjust',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];
export const isWorkflowAction = (x: unknown): x is WorkflowAction =>
  typeof x === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(x);
export const WORKFLOW_ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: '报送',
  'department-review': '主管部门审核通过',
  return: '退回',
  approve: '批复',
  publish: '公开',
  adjust: '调整申请',
};

/**
 * The self-evaluation (自评) of a document runs the same chain from draft to published, without
 * adjustment requests: once published, its results are final.
 */
export const EVALUATION_ACTIONS = ['submit', 'department-review', 'return', 'approve', 'publish'] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];
export const isEvaluationAction = (x: unknown): x is EvaluationAction =>
  typeof x === 'string' && (EVALUATION_ACTIONS as readonly string[]).includes(x);

/** What else the audit trail records besides workflow actions. */
export const AUDIT_ACTIONS = [
  ...WORKFLOW_ACTIONS,
  'import',
  'edit',
  'explain',
  'comment',
  'settings',
  // the self-evaluation's chain, the unit's actuals, the bureau's adjusted scores, monitoring records
  ...EVALUATION_ACTIONS.map((a) => `evaluation-${a}` as const),
  'evaluation-actuals',
  'evaluation-score',
  'monitoring',
  // accounts: created, role/scope/state changed, password set, an API token made (no secrets)
  'user-create',
  'user-change',
  'user-password',
  'token-create',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const isAuditAction = (x: unknown): x is AuditAction =>
  typeof x === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(x);

export const ROLES = ['admin', 'reviewer', 'department', 'unit'] as const;
export type Role = (typeof ROLES)[number];
export const isRole = (x: unknown): x is Role =>
  typeof x === 'string' && (ROLES as readonly string[]).includes(x);
export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  reviewer: '财政部门审核人',
  department: '主管部门',
  unit: '预算单位',
};

/** A region's settings for the chain (defaults: no 主管部门 step, no deadlines). */
export interface RegionSettings {
  /** Whether a 主管部门 must review a submission before the finance bureau. */
  departmentReview: boolean;
  /** 申报截止日期 per budget year, ISO dates (`{ "2025": "2024-11-30" }`). */
  deadlines: Record<string, string>;
}

export const DEFAULT_REGION_SETTINGS: RegionSettings = { departmentReview: false, deadlines: {} };
