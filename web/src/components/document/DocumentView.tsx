// A document rendered from its model JSON: the headline figures, the charts (loaded on demand), the
// explanation, the standard tables laid out as the official ones and the performance targets as
// indicator trees; declaration forms and key-project lists in their own layout. Findings passed in
// mark the rows and indicators they are pinned to; clicking an amount shows where it came from.
import { Skeleton } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { keyTotals } from '../../layout/document-data';
import { grouped } from '../../model/decimal';
import type { FindingJson } from '../../model/finding';
import type { BudgetDocJson, DocJson, TabledDocJson } from '../../model/json';
import { isTabled } from '../../model/json';
import { KIND_LABELS } from '../../model/vocabulary';
import { DocumentTables } from './DocumentTables';
import { IndicatorTree } from './IndicatorTree';
import { Narrative } from './Narrative';
import { PinnedContext, SourceContext } from './source-context';
import type { SourceRequest } from './source-context';
import type { LoadSourceLine, SourceActions } from './SourceView';
import { SourceView } from './SourceView';

const DocumentCharts = lazy(() => import('../charts/DocumentCharts'));
// Declaration forms use Ant Design's table and descriptions: loaded only for them.
const FormsView = lazy(() => import('./FormsView'));

const SEVERITY_RANK: Record<string, number> = { error: 3, warning: 2, info: 1 };

function pinnedLines(findings: readonly FindingJson[]): Map<number, string> {
  const m = new Map<number, string>();
  for (const f of findings) {
    const line = f.lines[0];
    if (line === undefined) continue;
    const had = m.get(line);
    if (!had || (SEVERITY_RANK[f.severity] ?? 0) > (SEVERITY_RANK[had] ?? 0)) m.set(line, f.severity);
  }
  return m;
}

function Totals({ doc }: { doc: TabledDocJson }) {
  const t = keyTotals(doc);
  const items: [string, string | null][] = [
    ['收入预算', t.income],
    ['支出预算', t.expenditure],
    ['基本支出', t.basic],
    ['项目支出', t.project],
    ['“三公”经费', t.threePublic],
  ];
  const unit = doc.template.startsWith('shanghai') ? '元' : '万元';
  // Plain markup (no Card/Statistic): the figures paint with the page's first chunk.
  return (
    <dl className="totals">
      {items.map(([label, v]) => (
        <div key={label} className="total-item">
          <dt>{`${label}（${unit}）`}</dt>
          <dd className="num">{v === null ? '—' : grouped(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * False on the first render, true once the browser has painted it: the document shows its figures
 * and tables first and mounts the charts (ECharts is a large module) and the indicator trees after.
 */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let id = requestAnimationFrame(() => {
      id = requestAnimationFrame(() => setPainted(true));
    });
    return () => cancelAnimationFrame(id);
  }, []);
  return painted;
}

export interface Section {
  key: string;
  title: string;
}

export function documentSections(doc: DocJson): Section[] {
  if (doc.kind === 'declaration-forms') return [{ key: 'forms', title: '申报表' }];
  if (doc.kind === 'key-projects') return [{ key: 'targets', title: '绩效目标' }];
  const s: Section[] = [
    { key: 'overview', title: '概览' },
    { key: 'charts', title: '图表' },
    { key: 'narrative', title: '预算说明' },
    { key: 'tables', title: '预算表' },
  ];
  if (doc.kind !== 'final-accounts') s.push({ key: 'targets', title: '绩效目标' });
  return s;
}

export function DocumentView({
  doc,
  findings = [],
  loadSource,
  chartsPrevious,
  sourceActions,
}: {
  doc: DocJson;
  findings?: readonly FindingJson[];
  loadSource?: LoadSourceLine;
  chartsPrevious?: Parameters<typeof DocumentCharts>[0]['previous'];
  /** Editing and commenting in the work area, under the source of a clicked figure. */
  sourceActions?: SourceActions;
}) {
  const pinned = useMemo(() => pinnedLines(findings), [findings]);
  const [source, setSource] = useState<SourceRequest | null>(null);
  const painted = usePainted();
  const title = doc.title?.value ?? KIND_LABELS[doc.kind];
  return (
    <SourceContext.Provider value={setSource}>
      <PinnedContext.Provider value={pinned}>
        <article className="document" aria-label={title}>
          {isTabled(doc) ? (
            <>
              <section id="overview" className="doc-section" aria-label="概览">
                <Totals doc={doc} />
              </section>
              <section id="charts" className="doc-section">
                <h2 className="section-title">图表</h2>
                {painted ? (
                  <Suspense fallback={<Skeleton active />}>
                    <DocumentCharts doc={doc} {...(chartsPrevious ? { previous: chartsPrevious } : {})} />
                  </Suspense>
                ) : (
                  <Skeleton active />
                )}
              </section>
              <section id="narrative" className="doc-section">
                <h2 className="section-title">预算说明</h2>
                <Narrative narrative={doc.narrative} />
              </section>
              <section id="tables" className="doc-section">
                <h2 className="section-title">预算表</h2>
                <DocumentTables doc={doc} />
              </section>
              {doc.kind !== 'final-accounts' ? (
                <section id="targets" className="doc-section">
                  <h2 className="section-title">绩效目标</h2>
                  {painted ? <Targets doc={doc as BudgetDocJson} /> : <Skeleton active />}
                </section>
              ) : null}
            </>
          ) : doc.kind === 'key-projects' ? (
            <section id="targets" className="doc-section">
              {doc.projects.map((p, i) => (
                <IndicatorTree key={i} target={p} />
              ))}
            </section>
          ) : (
            <section id="forms" className="doc-section">
              <Suspense fallback={<Skeleton active />}>
                <FormsView doc={doc} />
              </Suspense>
            </section>
          )}
        </article>
        <SourceView
          request={source}
          {...(loadSource ? { load: loadSource } : {})}
          file={doc.source.file.split('/').pop() ?? ''}
          onClose={() => setSource(null)}
          {...(sourceActions ? { actions: sourceActions } : {})}
        />
      </PinnedContext.Provider>
    </SourceContext.Provider>
  );
}

function Targets({ doc }: { doc: BudgetDocJson }) {
  const projects = doc.projectTargets ?? [];
  const units = doc.unitTargets ?? [];
  if (projects.length === 0 && units.length === 0) return <p className="muted">本文件没有绩效目标。</p>;
  return (
    <div className="targets">
      {units.length ? <h3 className="subsection-title">部门整体支出绩效目标</h3> : null}
      {units.map((u, i) => (
        <IndicatorTree key={`u${i}`} target={u} path={`unitTargets[${i}]`} table="部门整体支出绩效目标表" />
      ))}
      {projects.length ? (
        <h3 className="subsection-title">项目支出绩效目标（{projects.length} 个项目）</h3>
      ) : null}
      {projects.map((p, i) => (
        <IndicatorTree key={`p${i}`} target={p} path={`projectTargets[${i}]`} table="项目支出绩效目标表" />
      ))}
    </div>
  );
}
