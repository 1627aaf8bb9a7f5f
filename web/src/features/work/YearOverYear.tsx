// The work area's comparison with last year: the department's budget table by table against last
// year's (the server matches rows by code or name), totals and classes with the change and its rate,
// the largest changes first within each table. Amounts are exact decimal strings in 万元.
import { Empty, Select, Table } from 'antd';
import { useMemo, useState } from 'react';
import type { DocJson } from '../../model/json';
import { api } from '../../api';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';
import { compare, grouped } from '../../model/decimal';

type Row = Awaited<ReturnType<typeof api.yearOverYear>>['rows'][number];

const abs = (v: string | null) => (v ?? '0').replace(/^-/, '');

export function YearOverYear({
  departmentId,
  year,
  doc,
}: {
  departmentId: number;
  year: number;
  doc: DocJson;
}) {
  const yoy = useAsync(() => api.yearOverYear(departmentId, year), [departmentId, year]);
  const titles = useMemo(() => {
    const m = new Map<string, string>();
    if ('tables' in doc) for (const [id, t] of Object.entries(doc.tables)) if (t) m.set(id, t.title.value);
    return m;
  }, [doc]);
  // The summary tables first (支出总表, 收入总表), then the others as the server lists them.
  const tables = useMemo(() => {
    const ids = [...new Set((yoy.data?.rows ?? []).map((r) => r.table))];
    const rank = (t: string) => (t === 'expenditure' ? 0 : t === 'income' ? 1 : 2);
    return ids.sort((a, b) => rank(a) - rank(b));
  }, [yoy.data]);
  const [table, setTable] = useState<string | null>(null);
  if (yoy.loading) return <PageLoading />;
  if (yoy.error) return <ErrorState error={yoy.error} retry={yoy.reload} />;
  const data = yoy.data;
  if (!data?.previous) return <Empty description={`没有 ${year - 1} 年可比较的部门预算`} />;
  const current = table ?? tables[0] ?? '';
  const rows = data.rows
    .filter((r) => r.table === current && (r.kind === 'total' || r.kind === 'class' || r.kind === 'subtotal'))
    .sort((a, b) =>
      a.kind === 'total' ? -1 : b.kind === 'total' ? 1 : compare(abs(b.change), abs(a.change)),
    );
  return (
    <div className="yoy">
      <p className="muted">
        与 {year - 1} 年部门预算逐行比较（万元）；按代码或名称对应，新增或取消的行只有一侧金额。
      </p>
      <Select
        aria-label="比较的表"
        style={{ width: '100%', marginBottom: 8 }}
        value={current}
        onChange={setTable}
        options={tables.map((t) => ({ value: t, label: titles.get(t) ?? t }))}
      />
      <Table<Row>
        size="small"
        rowKey={(r) => `${r.side ?? ''}|${r.code ?? ''}|${r.name}`}
        dataSource={rows}
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="该表没有可比较的行" /> }}
        columns={[
          {
            title: '项目',
            render: (_, r) => (r.code ? `${r.code} ${r.name}` : r.name),
          },
          {
            title: `${year}`,
            align: 'right',
            render: (_, r) => (r.current === null ? '—' : grouped(r.current)),
          },
          {
            title: `${year - 1}`,
            align: 'right',
            render: (_, r) => (r.previous === null ? '—' : grouped(r.previous)),
          },
          {
            title: '增减',
            align: 'right',
            render: (_, r) =>
              r.change === null ? (
                '—'
              ) : (
                <span className={r.change.startsWith('-') ? 'down' : 'up'}>
                  {r.change.startsWith('-') ? '' : '+'}
                  {grouped(r.change)}
                  {r.changePct !== null ? `（${r.changePct}%）` : ''}
                </span>
              ),
          },
        ]}
      />
    </div>
  );
}
