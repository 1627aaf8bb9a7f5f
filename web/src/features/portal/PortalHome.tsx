// The public portal's front page: choose a region and a year, then the departments that published
// their budget, with their totals — searchable and sortable (exact decimal comparison) — each linking
// to its department page.
import { Alert, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DocumentItem } from '../../api';
import { api, defaultRegion } from '../../api';
import { ErrorState } from '../../components/ErrorState';
import { useAsync } from '../../components/useAsync';
import { compare, grouped, sum } from '../../model/decimal';
import { KIND_LABELS } from '../../model/vocabulary';

const money = (key: keyof NonNullable<DocumentItem['totals']>) => ({
  align: 'right' as const,
  sorter: (a: DocumentItem, b: DocumentItem) => compare(a.totals?.[key], b.totals?.[key]),
  render: (_: unknown, r: DocumentItem) => <span className="num">{grouped(r.totals?.[key])}</span>,
});

export default function PortalHome() {
  const [params, setParams] = useSearchParams();
  const regions = useAsync(() => api.regions(), []);
  const region = params.get('region') ?? defaultRegion(regions.data ?? []);
  const docs = useAsync(
    () => (region ? api.documents({ region, state: 'published' }) : Promise.resolve([])),
    [region],
  );
  const years = useMemo(
    () =>
      [...new Set((docs.data ?? []).map((d) => d.year).filter((y): y is number => y !== null))].sort(
        (a, b) => b - a,
      ),
    [docs.data],
  );
  const year = Number(params.get('year')) || years[0] || null;
  const [filter, setFilter] = useState('');
  const rows = useMemo(
    () =>
      (docs.data ?? []).filter(
        (d) =>
          d.year === year &&
          (d.kind === 'department-budget' || d.kind === 'unit-budget') &&
          (!filter || (d.department ?? d.title ?? '').includes(filter.trim())),
      ),
    [docs.data, year, filter],
  );
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    if (k === 'region') next.delete('year');
    setParams(next);
  };
  if (regions.error) return <ErrorState error={regions.error} retry={regions.reload} />;
  const total = sum(rows.map((r) => r.totals?.expenditure));
  return (
    <div className="page">
      <Typography.Title level={2}>部门预算公开</Typography.Title>
      <Typography.Paragraph type="secondary">
        选择地区和年度，查看各部门公开的预算、预算表、图表和绩效目标；点击金额可查看其在原文件中的出处。
      </Typography.Paragraph>
      <Space wrap className="filters" size="middle">
        <label className="field">
          <span>地区</span>
          <Select
            aria-label="地区"
            style={{ minWidth: 180 }}
            loading={regions.loading}
            value={region || undefined}
            placeholder="选择地区"
            options={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
            onChange={(v: string) => set('region', v)}
          />
        </label>
        <label className="field">
          <span>年度</span>
          <Select
            aria-label="年度"
            style={{ minWidth: 110 }}
            value={year ?? undefined}
            placeholder="年度"
            options={years.map((y) => ({ value: y, label: `${y} 年` }))}
            onChange={(v: number) => set('year', String(v))}
          />
        </label>
        <Input.Search
          aria-label="按部门名称筛选"
          placeholder="按部门名称筛选"
          allowClear
          style={{ width: 240 }}
          onChange={(e) => setFilter(e.target.value)}
        />
      </Space>
      {docs.error ? (
        <ErrorState error={docs.error} retry={docs.reload} />
      ) : (
        <>
          {rows.length > 0 ? (
            <Alert
              className="summary-line"
              type="info"
              message={
                <span>
                  {year} 年共 <b>{rows.length}</b> 个部门公开预算，支出预算合计{' '}
                  <b className="num">{grouped(total)}</b> 万元。
                  <Link to={`/overview?region=${region}&year=${year ?? ''}`}>查看地区概览 →</Link>
                </span>
              }
            />
          ) : null}
          <Table<DocumentItem>
            rowKey="id"
            size="middle"
            loading={docs.loading || regions.loading}
            dataSource={rows}
            scroll={{ x: 860 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{
              emptyText: (
                <Empty
                  description={
                    region ? '该地区该年度尚无公开的部门预算。请选择其他年度或地区。' : '请先选择地区。'
                  }
                />
              ),
            }}
            columns={[
              {
                title: '部门',
                key: 'department',
                fixed: 'left',
                width: 240,
                sorter: (a, b) => (a.department ?? '').localeCompare(b.department ?? '', 'zh-CN'),
                render: (_, r) => (
                  <Link to={`/documents/${r.id}`}>
                    {r.department ?? r.title ?? '（未命名）'}
                    {r.kind !== 'department-budget' ? (
                      <span className="muted">（{KIND_LABELS[r.kind]}）</span>
                    ) : null}
                  </Link>
                ),
              },
              { title: '收入预算（万元）', key: 'income', ...money('income') },
              {
                title: '支出预算（万元）',
                key: 'expenditure',
                ...money('expenditure'),
                defaultSortOrder: 'descend',
              },
              { title: '基本支出', key: 'basic', ...money('basic') },
              { title: '项目支出', key: 'project', ...money('project') },
              { title: '“三公”经费', key: 'threePublic', ...money('threePublic') },
            ]}
          />
        </>
      )}
    </div>
  );
}
