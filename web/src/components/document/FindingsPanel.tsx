// The review's findings beside the document: by severity, each with what was found and expected;
// clicking one (or Enter) scrolls to the cell, row or indicator it is pinned to and flashes it.
import { Badge, Empty, Segmented, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { FindingJson } from '../../model/finding';
import { pinnedLine } from '../../model/finding';
import { SEVERITY_COLORS, SEVERITY_LABELS } from '../../model/vocabulary';
import { pinLine } from './pin';

type Filter = 'all' | 'error' | 'warning' | 'info';

export function FindingsPanel({
  findings,
  root,
  extra,
}: {
  findings: readonly FindingJson[];
  root?: () => ParentNode | null;
  extra?: (f: FindingJson, index: number) => React.ReactNode;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  }, [findings]);
  const shown = findings.filter((f) => filter === 'all' || f.severity === filter);
  const [missing, setMissing] = useState<number | null>(null);
  const go = (f: FindingJson, i: number) => {
    const line = pinnedLine(f);
    const ok = line !== null && pinLine(line, root?.() ?? document);
    setMissing(ok ? null : i);
  };
  return (
    <div className="findings" aria-label="审核发现">
      <Segmented<Filter>
        size="small"
        value={filter}
        onChange={setFilter}
        options={[
          { label: `全部 ${findings.length}`, value: 'all' },
          { label: `错误 ${counts.error}`, value: 'error' },
          { label: `警告 ${counts.warning}`, value: 'warning' },
          { label: `提示 ${counts.info}`, value: 'info' },
        ]}
      />
      {shown.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={findings.length ? '此类没有发现' : '审核未发现问题'}
        />
      ) : (
        <ol className="finding-list">
          {shown.map((f, i) => (
            <li key={i} className={`finding finding-${f.severity}`}>
              <button type="button" className="finding-button" onClick={() => go(f, i)}>
                <span className="finding-meta">
                  <Tag color={SEVERITY_COLORS[f.severity]}>{SEVERITY_LABELS[f.severity]}</Tag>
                  {f.table ? <span className="muted">{f.table}</span> : null}
                  {f.lines[0] ? <span className="muted">第 {f.lines[0]} 行</span> : null}
                </span>
                <span className="finding-message">{f.message}</span>
                {f.project || f.indicator ? (
                  <span className="muted">
                    {f.project}
                    {f.indicator ? ` · ${f.indicator}` : ''}
                  </span>
                ) : null}
              </button>
              {missing === i ? <div className="muted">该发现所在位置不在当前页面显示的内容中。</div> : null}
              {f.explanation ? (
                <div className="explanation">
                  <Badge status="processing" text="单位说明：" /> {f.explanation}
                </div>
              ) : null}
              {extra?.(f, i)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
