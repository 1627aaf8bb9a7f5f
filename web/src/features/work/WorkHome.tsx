// The work area's start: what awaits the user (returned documents with their opinions, deadlines),
// their documents by year and state, with import and a new declaration form one click away, then the
// self-evaluations in progress they work on.
import { CloudUploadOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Empty, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, Navigate } from 'react-router';
import type { DocumentItem } from '../../api';
import { api } from '../../api';
import { useSession } from '../../app/session';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';
import { KIND_LABELS, STATE_COLORS, STATE_LABELS } from '../../model/vocabulary';
import { MyEvaluations } from '../evaluation/MyEvaluations';
import { Inbox } from './Inbox';

export default function WorkHome() {
  const { user, loading } = useSession();
  // The user's own documents (their unit's, department's or region's; all for admins), every state,
  // as the server decides ownership: not everything published that they may also read.
  const docs = useAsync(
    () => (user ? api.documents({ scope: 'own' }) : Promise.resolve([] as DocumentItem[])),
    [user],
  );
  const [state, setState] = useState<string>('all');
  const [year, setYear] = useState<number | 'all'>('all');
  const years = useMemo(
    () =>
      [...new Set((docs.data ?? []).map((d) => d.year).filter((y): y is number => y !== null))].sort(
        (a, b) => b - a,
      ),
    [docs.data],
  );
  if (loading) return <PageLoading />;
  if (!user) return <Navigate to="/login?next=/work" replace />;
  const rows = (docs.data ?? []).filter(
    (d) => (state === 'all' || d.state === state) && (year === 'all' || d.year === year),
  );
  return (
    <div className="page">
      <div className="page-head">
        <Typography.Title level={2}>工作台</Typography.Title>
        {user.role === 'unit' || user.role === 'department' || user.role === 'admin' ? (
          <Space wrap>
            <Link to="/work/import">
              <Button type="primary" icon={<CloudUploadOutlined />}>
                导入文件
              </Button>
            </Link>
            <Link to="/work/forms/new">
              <Button icon={<FormOutlined />}>新建绩效目标申报表</Button>
            </Link>
          </Space>
        ) : null}
      </div>
      <Inbox />
      <Typography.Title level={3}>我的文件</Typography.Title>
      <div className="filters filter-row">
        <Select<number | 'all'>
          aria-label="年度"
          value={year}
          style={{ width: 120 }}
          onChange={setYear}
          options={[
            { value: 'all', label: '全部年度' },
            ...years.map((y) => ({ value: y, label: `${y} 年` })),
          ]}
        />
        <div className="scroll-x">
          <Segmented
            value={state}
            onChange={(v) => setState(String(v))}
            options={[
              { value: 'all', label: '全部' },
              ...Object.entries(STATE_LABELS).map(([value, label]) => ({ value, label })),
            ]}
          />
        </div>
      </div>
      {docs.error ? (
        <ErrorState error={docs.error} retry={docs.reload} />
      ) : (
        <Table<DocumentItem>
          rowKey="id"
          loading={docs.loading}
          dataSource={rows}
          scroll={{ x: 760 }}
          pagination={{ pageSize: 15, hideOnSinglePage: true }}
          locale={{
            emptyText: (
              <Empty
                description={
                  docs.data?.length
                    ? '没有符合条件的文件'
                    : '还没有文件。点击“导入文件”上传预算文件，或新建绩效目标申报表。'
                }
              />
            ),
          }}
          columns={[
            {
              title: '文件',
              render: (_, r) => <Link to={`/work/documents/${r.id}`}>{r.title ?? r.department ?? r.id}</Link>,
            },
            { title: '部门', dataIndex: 'department' },
            { title: '类型', render: (_, r) => KIND_LABELS[r.kind] ?? r.kind },
            { title: '年度', dataIndex: 'year', width: 80 },
            {
              title: '状态',
              render: (_, r) =>
                r.state ? <Tag color={STATE_COLORS[r.state]}>{STATE_LABELS[r.state] ?? r.state}</Tag> : null,
            },
            { title: '版本', dataIndex: 'version', width: 70 },
          ]}
        />
      )}
      <MyEvaluations role={user.role} />
    </div>
  );
}
