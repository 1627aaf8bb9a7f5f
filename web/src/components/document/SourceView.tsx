// Shows the source line a figure was read from: the file's line with its cells, the clicked cell
// marked. The line text comes from the page (the API's source endpoint).
import { Alert, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { SourceRequest } from './source-context';

export type LoadSourceLine = (line: number) => Promise<string>;

/** What the work area adds under the source: editing the value, a reviewer's comment on the cell. */
export type SourceActions = (request: SourceRequest, close: () => void) => ReactNode;

export function SourceView({
  request,
  load,
  file,
  onClose,
  actions,
}: {
  request: SourceRequest | null;
  load?: LoadSourceLine;
  file?: string;
  onClose: () => void;
  actions?: SourceActions;
}) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(null);
    setError(null);
    if (!request || !load) return;
    let live = true;
    load(request.ref.line).then(
      (t) => live && setText(t),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [request, load]);
  const ref = request?.ref;
  const cells = text?.split('\t') ?? [];
  return (
    <Modal open={request !== null} onCancel={onClose} footer={null} title="数据来源" width={720}>
      {ref ? (
        <>
          <p>
            数值 <b className="num">{request?.label}</b> 读自{file ? `文件“${file}”` : '原文件'}第{' '}
            <b>{ref.line}</b> 行{ref.column ? `第 ${ref.column} 栏` : ''}
            {ref.page ? `（PDF 第 ${ref.page} 页）` : ''}
            {ref.sheet ? `（工作表“${ref.sheet}”${ref.cell ?? ''}）` : ''}。
          </p>
          {!load ? null : error ? (
            <Alert type="warning" showIcon message={`无法读取原文：${error}`} />
          ) : text === null ? (
            <Spin />
          ) : (
            <div className="source-line" aria-label="原文">
              <span className="muted">{ref.line}</span>
              {cells.map((c, i) => (
                <span key={i} className={ref.column === i + 1 ? 'source-cell current' : 'source-cell'}>
                  {c || '\u00a0'}
                </span>
              ))}
            </div>
          )}
          {actions && request ? actions(request, onClose) : null}
        </>
      ) : null}
    </Modal>
  );
}
