// The reviewers' queue: submissions awaiting this user's step (主管部门: submitted ones of its
// department; finance: those past the department step or not needing it), oldest deadline first,
// overdue marked; approved documents waiting to be published.
import { Empty, Table, Tabs, Tag, Typography } from 'antd';
import { Link, Navigate } from 'react-router';
import type { DocumentItem } from '../../api';
import { api } from '../../api';
import { useSession } from '../../app/session';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';
import { KIND_LABELS, STATE_COLORS, STATE_LABELS } from '../../model/vocabulary';

function QueueTable({ rows, loading, empty }: { rows: DocumentItem[]; loading: boolean; empty: string }) {
  const today = new Date().toISOString().slice(0, 10);
  const sorted = [...rows].sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
  return (
    <Table<DocumentItem>
      rowKey="id"
      loading={loading}
      dataSource={sorted}
      scroll={{ x: 720 }}
      pagination={{ pageSize: 15, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={empty} /> }}
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
          render: (_, r) => (
            <Tag color={STATE_COLORS[r.state ?? 'draft']}>{STATE_LABELS[r.state ?? 'draft']}</Tag>
          ),
        },
        {
          title: '截止日期',
          render: (_, r) =>
            r.deadline ? (
              r.deadline < today ? (
                <Tag color="red">{r.deadline} 已逾期</Tag>
              ) : (
                <span>{r.deadline}</span>
              )
            ) : (
              <span className="muted">未设置</span>
            ),
        },
      ]}
    />
  );
}

export default function ReviewQueue() {
  const { user, loading } = useSession();
  const submitted = useAsync(
    () => (user ? api.documents({ state: 'submitted' }) : Promise.resolve([])),
    [user],
  );
  const deptReviewed = useAsync(
    () => (user ? api.documents({ state: 'department-reviewed' }) : Promise.resolve([])),
    [user],
  );
  const approved = useAsync(
    () => (user ? api.documents({ state: 'approved' }) : Promise.resolve([])),
    [user],
  );
  if (loading) return <PageLoading />;
  if (!user) return <Navigate to="/login?next=/review" replace />;
  if (submitted.error) return <ErrorState error={submitted.error} retry={submitted.reload} />;
  const toReview = [
    ...(submitted.data ?? []),
    ...(user.role === 'department' ? [] : (deptReviewed.data ?? [])),
  ];
  return (
    <div className="page">
      <Typography.Title level={2}>审核</Typography.Title>
      <Tabs
        items={[
          {
            key: 'queue',
            label: `待审核（${toReview.length}）`,
            children: <QueueTable rows={toReview} loading={submitted.loading} empty="没有待审核的文件" />,
          },
          ...(user.role === 'department'
            ? []
            : [
                {
                  key: 'approved',
                  label: `待公开（${approved.data?.length ?? 0}）`,
                  children: (
                    <QueueTable
                      rows={approved.data ?? []}
                      loading={approved.loading}
                      empty="没有待公开的文件"
                    />
                  ),
                },
              ]),
        ]}
      />
    </div>
  );
}
