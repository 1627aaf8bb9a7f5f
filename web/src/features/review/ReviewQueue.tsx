// The reviewers' queue: what awaits this user (the workflow's inbox: submissions to check or approve,
// approved documents to publish), nearest deadline first, overdue marked, with the action each needs.
import { Empty, Table, Tag, Typography } from 'antd';
import { Link, Navigate } from 'react-router';
import type { InboxItem } from '../../api';
import { api } from '../../api';
import { useSession } from '../../app/session';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';
import { STATE_COLORS, STATE_LABELS } from '../../model/vocabulary';

const ACTIONS: Record<string, string> = {
  'department-review': '主管部门审核',
  approve: '批复',
  return: '退回',
  publish: '公开',
  submit: '提交',
};

export default function ReviewQueue() {
  const { user, loading } = useSession();
  const inbox = useAsync(() => (user ? api.inbox() : Promise.resolve([] as InboxItem[])), [user]);
  if (loading) return <PageLoading />;
  if (!user) return <Navigate to="/login?next=/review" replace />;
  if (inbox.error) return <ErrorState error={inbox.error} retry={inbox.reload} />;
  const rows = (inbox.data ?? [])
    .filter((i) => i.reason === 'awaiting')
    .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
  return (
    <div className="page">
      <Typography.Title level={2}>审核</Typography.Title>
      <Typography.Paragraph type="secondary">
        待您审核、批复或公开的文件，按申报截止日期排列。
      </Typography.Paragraph>
      <Table<InboxItem>
        rowKey="documentId"
        loading={inbox.loading}
        dataSource={rows}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="没有待处理的文件" /> }}
        columns={[
          {
            title: '文件',
            render: (_, r) => (
              <Link to={`/work/documents/${r.documentId}`}>{r.title ?? r.department ?? r.documentId}</Link>
            ),
          },
          { title: '部门', dataIndex: 'department' },
          { title: '年度', dataIndex: 'year', width: 80 },
          {
            title: '状态',
            render: (_, r) => <Tag color={STATE_COLORS[r.state]}>{STATE_LABELS[r.state] ?? r.state}</Tag>,
          },
          {
            title: '待办',
            render: (_, r) =>
              r.actions.filter((a) => a !== 'return').map((a) => <Tag key={a}>{ACTIONS[a] ?? a}</Tag>),
          },
          {
            title: '截止日期',
            render: (_, r) =>
              r.deadline ? (
                r.overdue ? (
                  <Tag color="red">{r.deadline} 已逾期</Tag>
                ) : (
                  <span>
                    {r.deadline}
                    {r.daysLeft !== null ? <span className="muted">（剩 {r.daysLeft} 天）</span> : null}
                  </span>
                )
              ) : (
                <span className="muted">未设置</span>
              ),
          },
        ]}
      />
    </div>
  );
}
