import { Skeleton } from 'antd';

/** What a page shows while its code or data loads. */
export function PageLoading() {
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span className="sr-only">正在加载…</span>
      <Skeleton active paragraph={{ rows: 6 }} />
    </div>
  );
}
