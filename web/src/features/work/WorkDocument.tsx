// A document in the work area: the document (findings pinned to its cells and indicators) beside the
// findings, the workflow's actions for this role and state, the opinion it was returned with, and its
// history. Another department's draft is simply not found (404), as the server answers.
import { Alert, Col, Descriptions, Empty, Row, Tabs, Tag, Timeline, Typography } from 'antd';
import { useCallback } from 'react';
import { Navigate, useParams } from 'react-router';
import { api } from '../../api';
import { useSession } from '../../app/session';
import { DocumentView } from '../../components/document/DocumentView';
import { FindingsPanel } from '../../components/document/FindingsPanel';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';
import { KIND_LABELS, STATE_COLORS, STATE_LABELS } from '../../model/vocabulary';
import { WorkflowActions } from './WorkflowActions';

const ACTION_LABELS: Record<string, string> = {
  import: '导入',
  create: '创建',
  edit: '修改',
  submit: '提交',
  return: '退回',
  approve: '批复',
  'department-approve': '主管部门审核通过',
  publish: '公开',
};

export default function WorkDocument() {
  const { id = '' } = useParams();
  const { user, loading } = useSession();
  const doc = useAsync(() => api.document(id), [id]);
  const findings = useAsync(() => api.findings(id).catch(() => []), [id]);
  const history = useAsync(() => api.history(id).catch(() => []), [id]);
  const loadSource = useCallback((line: number) => api.sourceLine(id, line), [id]);
  const reload = () => {
    doc.reload();
    findings.reload();
    history.reload();
  };
  if (loading) return <PageLoading />;
  if (!user) return <Navigate to={`/login?next=/work/documents/${id}`} replace />;
  if (doc.loading && !doc.data) return <PageLoading />;
  if (doc.error || !doc.data)
    return <ErrorState error={doc.error ?? new Error('无数据')} retry={doc.reload} />;
  const meta = doc.data;
  const d = meta.document;
  const state = meta.state ?? 'draft';
  const entries = history.data ?? [];
  const lastReturn = [...entries].reverse().find((h) => h.action === 'return');
  const returned = state === 'draft' && lastReturn && entries[entries.length - 1] === lastReturn;
  return (
    <div className="page work-document">
      <div className="page-head">
        <div>
          <Typography.Title level={2}>{d.title?.value ?? meta.title ?? KIND_LABELS[d.kind]}</Typography.Title>
          <Tag color={STATE_COLORS[state]}>{STATE_LABELS[state] ?? state}</Tag>
          {meta.version ? <Tag>第 {meta.version} 版</Tag> : null}
          {d.year ? <Tag>{d.year} 年</Tag> : null}
        </div>
        <WorkflowActions meta={meta} user={user} findings={findings.data ?? []} onChanged={reload} />
      </div>
      {returned ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          message={`已被退回（${lastReturn.actor}）`}
          description={lastReturn.opinion ?? '未填写意见'}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }} className="doc-col">
          <DocumentView doc={d} findings={findings.data ?? []} loadSource={loadSource} />
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          <div className="side-panel">
            <Tabs
              items={[
                {
                  key: 'findings',
                  label: `审核发现（${findings.data?.length ?? 0}）`,
                  children: findings.loading ? (
                    <PageLoading />
                  ) : (
                    <FindingsPanel findings={findings.data ?? []} />
                  ),
                },
                {
                  key: 'history',
                  label: '流程记录',
                  children: entries.length ? (
                    <Timeline
                      items={entries.map((h) => ({
                        color:
                          h.action === 'return'
                            ? 'red'
                            : h.action === 'approve' || h.action === 'publish'
                              ? 'green'
                              : 'blue',
                        children: (
                          <div>
                            <b>{ACTION_LABELS[h.action] ?? h.action}</b> · {h.actor}
                            <div className="muted">{new Date(h.at).toLocaleString('zh-CN')}</div>
                            {h.opinion ? <div className="opinion">意见：{h.opinion}</div> : null}
                          </div>
                        ),
                      }))}
                    />
                  ) : (
                    <Empty description="暂无流程记录" />
                  ),
                },
                {
                  key: 'info',
                  label: '文件信息',
                  children: (
                    <Descriptions size="small" column={1}>
                      <Descriptions.Item label="类型">{KIND_LABELS[d.kind]}</Descriptions.Item>
                      <Descriptions.Item label="原文件">{d.source.file.split('/').pop()}</Descriptions.Item>
                      <Descriptions.Item label="编码">{d.source.encoding}</Descriptions.Item>
                      <Descriptions.Item label="行数">{d.source.lineCount}</Descriptions.Item>
                      <Descriptions.Item label="导入提示">{d.diagnostics.length} 条</Descriptions.Item>
                    </Descriptions>
                  ),
                },
              ]}
            />
          </div>
        </Col>
      </Row>
    </div>
  );
}
