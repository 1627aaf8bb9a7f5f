// A region's year at a glance: expenditure by department and by functional class, “三公”经费 by
// department against last year, and the key projects' targets. Amounts are exact decimal strings.
import { Card, Col, Empty, Row, Select, Space, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DocumentItem } from '../../api';
import { api, defaultRegion } from '../../api';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';
import { compare, grouped, percent, subtract, sum } from '../../model/decimal';

const BarList = lazy(() => import('../../components/charts/BarList'));

interface ThreePublicRow {
  department: string;
  id: string;
  current: string | null;
  previous: string | null;
}

export default function RegionOverview() {
  const [params, setParams] = useSearchParams();
  const regions = useAsync(() => api.regions(), []);
  const region = params.get('region') ?? defaultRegion(regions.data ?? []);
  const docs = useAsync(
    () => (region ? api.documents({ region, state: 'published' }) : Promise.resolve([] as DocumentItem[])),
    [region],
  );
  const years = useMemo(
    () =>
      [...new Set((docs.data ?? []).map((d) => d.year).filter((y): y is number => y !== null))].sort(
        (a, b) => b - a,
      ),
    [docs.data],
  );
  const year = Number(params.get('year')) || years[0] || 0;
  const functional = useAsync(
    () =>
      region && year
        ? api.aggregate({
            cube: 'expenditure-functional',
            drilldown: 'functional.class',
            cut: `year:${year}|region:${region}`,
            order: 'amount:desc',
          })
        : Promise.resolve(null),
    [region, year],
  );
  const budgets = (docs.data ?? []).filter((d) => d.kind === 'department-budget');
  const thisYear = budgets.filter((d) => d.year === year);
  const byDept = [...thisYear].sort((a, b) => compare(b.totals?.expenditure, a.totals?.expenditure));
  const tp: ThreePublicRow[] = thisYear.map((d) => {
    const prev = budgets.find(
      (p) =>
        p.year === year - 1 &&
        (p.departmentCode ? p.departmentCode === d.departmentCode : p.department === d.department),
    );
    return {
      department: d.department ?? '',
      id: d.id,
      current: d.totals?.threePublic ?? null,
      previous: prev?.totals?.threePublic ?? null,
    };
  });
  const keyProjects = (docs.data ?? []).filter((d) => d.kind === 'key-projects' && d.year === year);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next);
  };
  if (regions.error) return <ErrorState error={regions.error} retry={regions.reload} />;
  if (docs.loading) return <PageLoading />;
  const fnCells = (functional.data?.cells ?? []).map((c) => ({
    name: String(c['functional.class.label'] ?? c['functional.class'] ?? ''),
    value: String(c['amount'] ?? '0'),
  }));
  return (
    <div className="page">
      <Typography.Title level={2}>地区概览</Typography.Title>
      <Space wrap className="filters">
        <label className="field">
          <span>地区</span>
          <Select
            aria-label="地区"
            style={{ minWidth: 180 }}
            value={region || undefined}
            options={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
            onChange={(v: string) => set('region', v)}
          />
        </label>
        <label className="field">
          <span>年度</span>
          <Select
            aria-label="年度"
            style={{ minWidth: 110 }}
            value={year || undefined}
            options={years.map((y) => ({ value: y, label: `${y} 年` }))}
            onChange={(v: number) => set('year', String(v))}
          />
        </label>
      </Space>
      {thisYear.length === 0 ? (
        <Empty description="该地区该年度尚无公开的部门预算。" />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card
              title={`各部门支出预算（合计 ${grouped(sum(thisYear.map((d) => d.totals?.expenditure)))} 万元）`}
              size="small"
            >
              <Suspense fallback={<PageLoading />}>
                <BarList
                  label="各部门支出预算"
                  items={byDept
                    .slice(0, 15)
                    .map((d) => ({ name: d.department ?? '', value: d.totals?.expenditure ?? '0' }))}
                />
              </Suspense>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card
              title={
                functional.data
                  ? `按功能分类（合计 ${grouped(functional.data.summary['amount'] ?? '0')} 万元）`
                  : '按功能分类'
              }
              size="small"
            >
              {functional.error ? (
                <ErrorState error={functional.error} retry={functional.reload} />
              ) : fnCells.length ? (
                <Suspense fallback={<PageLoading />}>
                  <BarList label="按功能分类" items={fnCells} />
                </Suspense>
              ) : (
                <Empty description={functional.loading ? '加载中…' : '暂无功能分类汇总'} />
              )}
            </Card>
          </Col>
          <Col xs={24}>
            <Card title="“三公”经费（万元）" size="small">
              <Table<ThreePublicRow>
                size="small"
                rowKey="id"
                dataSource={tp}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                scroll={{ x: 560 }}
                columns={[
                  { title: '部门', render: (_, r) => <Link to={`/documents/${r.id}`}>{r.department}</Link> },
                  {
                    title: `${year} 年`,
                    align: 'right',
                    sorter: (a, b) => compare(a.current, b.current),
                    render: (_, r) => grouped(r.current),
                  },
                  {
                    title: `${year - 1} 年`,
                    align: 'right',
                    render: (_, r) => (r.previous === null ? '—' : grouped(r.previous)),
                  },
                  {
                    title: '增减',
                    align: 'right',
                    render: (_, r) => {
                      if (r.current === null || r.previous === null) return '—';
                      const c = subtract(r.current, r.previous);
                      const p = percent(c, r.previous);
                      return (
                        <span className={c.startsWith('-') ? 'down' : 'up'}>
                          {c.startsWith('-') ? '' : '+'}
                          {grouped(c)}
                          {p !== null ? `（${p}%）` : ''}
                        </span>
                      );
                    },
                  },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24}>
            <Card title="重大政策和重点项目绩效目标" size="small">
              {keyProjects.length ? (
                <ul>
                  {keyProjects.map((k) => (
                    <li key={k.id}>
                      <Link to={`/documents/${k.id}`}>{k.title ?? `${year} 年重点项目绩效目标`}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <Empty description="该年度没有公开的重点项目绩效目标" />
              )}
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
