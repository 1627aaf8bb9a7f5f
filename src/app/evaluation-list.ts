// The self-evaluations an actor may see, with their figures per target (final score and grade, the
// self-assessed ones beside them): owners and reviewers their working ones, everybody the published
// (the same rule as app/evaluation.ts), a unit account limited to one unit of a department-level
// document its own unit's targets.
import { maySeeWorking, unitPartOf } from '../core/workflow/actors.js';
import { isDocumentState } from '../core/workflow/states.js';
import type { DocumentState } from '../core/workflow/states.js';
import { evaluationList } from '../store/evaluation.js';
import type { Store } from '../store/index.js';
import type { Actor } from '../store/visibility.js';
import { coreActor } from '../store/workflow.js';

export interface EvaluationListItem {
  documentId: string;
  title: string | null;
  department: string | null;
  departmentCode: string | null;
  year: number | null;
  state: DocumentState;
  updatedAt: string;
  targets: {
    id: string;
    kind: string;
    unit: string | null;
    name: string;
    budget: string | null;
    executed: string | null;
    score: string;
    grade: string | null;
    finalScore: string;
    finalGrade: string | null;
    complete: boolean;
  }[];
}

export async function listEvaluations(
  store: Store,
  actor: Actor,
  filter: { year?: number | undefined; department?: string | undefined; state?: string | undefined },
): Promise<EvaluationListItem[]> {
  const a = coreActor(actor);
  // A unit account limited to one unit of a department-level document: that unit's targets alone.
  const parts = new Map<string, string | null>();
  const rows = (await evaluationList(store.db, filter)).filter((r) => {
    const scope = { region: r.regionCode, department: r.departmentCode, unit: r.unitCode };
    const part = r.state === 'published' || maySeeWorking(a, scope) ? null : unitPartOf(a, scope);
    parts.set(r.documentId, part);
    return part === null ? r.state === 'published' || maySeeWorking(a, scope) : true;
  });
  const wanted = filter.state ? rows.filter((r) => r.state === filter.state) : rows;
  if (!wanted.length) return [];
  const targets = await store.db
    .selectFrom('evaluation_targets')
    .selectAll()
    .where(
      'document_id',
      'in',
      wanted.map((r) => r.documentId),
    )
    .orderBy('document_id')
    .orderBy('ordinal')
    .execute();
  return wanted.map((r) => ({
    documentId: r.documentId,
    title: r.title,
    department: r.department,
    departmentCode: r.departmentCode,
    year: r.year,
    state: isDocumentState(r.state) ? r.state : 'draft',
    updatedAt: r.updatedAt,
    targets: targets
      .filter((t) => t.document_id === r.documentId)
      .filter((t) => {
        const part = parts.get(r.documentId) ?? null;
        return part === null || t.unit === part;
      })
      .map((t) => ({
        id: t.target_id,
        kind: t.kind,
        unit: t.unit,
        name: t.name,
        budget: t.budget,
        executed: t.executed,
        score: t.score,
        grade: t.grade,
        finalScore: t.final_score,
        finalGrade: t.final_grade,
        complete: t.complete,
      })),
  }));
}
