// The published self-evaluation results of a document (绩效自评结果) on its public page: per project
// and unit, budget against executed, each indicator's target against its actual value, the
// self-assessed score, the finance bureau's reviewed score where it differs (with its reason), the
// total and the grade. Nothing is shown until the bureau has published the evaluation.
import { lazy, Suspense } from 'react';
import { evaluationApi } from '../../api';
import { useAsync } from '../../components/useAsync';

// Drawn by a chunk of its own, loaded once there are results: the department page's first load
// does not carry Ant Design's table.
const EvaluationResultsView = lazy(() => import('./EvaluationResultsView'));

/** The published results of a document, or nothing while there are none. */
export function EvaluationResults({ id }: { id: string }) {
  const ev = useAsync(() => evaluationApi.evaluation(id).catch(() => null), [id]);
  return ev.data && ev.data.state === 'published' ? (
    <Suspense fallback={null}>
      <EvaluationResultsView ev={ev.data} />
    </Suspense>
  ) : null;
}
