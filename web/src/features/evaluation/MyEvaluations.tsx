// The work area's self-evaluations in progress (绩效自评): those the user works on — owners the whole
// (also those of approved documents not opened yet), a unit account limited to one unit of a
// department's document its own unit's targets, the bureau those awaiting its check — each with its
// state and how many targets are complete, linked to its page. Shown only when there is one.
import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { EvaluationListItem } from '../../api';
import { evaluationApi } from '../../api';
import { useAsync } from '../../components/useAsync';
import { STATE_COLORS } from '../../model/vocabulary';

const STATES: Record<string, string> = {
  draft: '填报中',
  submitted: '已报送',
  'department-reviewed': '主管部门已审核',
  approved: '已审定',
};

/** Those the user acts on: units and 主管部门 everything not yet published, the bureau what awaits it. */
export function MyEvaluations({ role }: { role: string }) {
  const list = useAsync(() => evaluationApi.list({}).catch(() => [] as EvaluationListItem[]), []);
  const awaiting = role === 'reviewer' || role === 'admin' ? ['submitted', 'department-reviewed'] : null;
  const rows = (list.data ?? []).filter((e) =>
    awaiting ? awaiting.includes(e.state) : e.state !== 'published',
  );
  if (!rows.length) return null;
  return (
    <section className="my-evaluations">
      <Typography.Title level={3}>绩效自评</Typography.Title>
      <Table<EvaluationListItem>
        rowKey="documentId"
        size="small"
        dataSource={rows}
        scroll={{ x: 600 }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          {
            title: '文件',
            render: (_, r) => (
              <Link to={`/work/documents/${encodeURIComponent(r.documentId)}/evaluation`}>
                {r.title ?? r.department ?? r.documentId}
              </Link>
            ),
          },
          { title: '年度', dataIndex: 'year', width: 80 },
          {
            title: '项目（单位）',
            width: 130,
            render: (_, r) => `${r.targets.filter((t) => t.complete).length} / ${r.targets.length} 已完成`,
          },
          {
            title: '状态',
            width: 130,
            render: (_, r) => <Tag color={STATE_COLORS[r.state]}>{STATES[r.state] ?? r.state}</Tag>,
          },
        ]}
      />
    </section>
  );
}
