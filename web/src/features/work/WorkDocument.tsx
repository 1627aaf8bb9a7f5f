// A document in the work area: the document (findings pinned to its cells and indicators) beside the
// findings and their explanations, reviewers' comments pinned to cells, what changed since the
// previous version, and the history; the workflow's actions for this user and state, the opinion it
// was returned with. Clicking a figure, an indicator's field or a figure the explanation states shows
// its source and, here, lets the unit correct it (the review re-runs) or a reviewer comment on it.
// Another department's draft is not found (404).
import { Alert, App, Col, Descriptions, Empty, Input, List, Row, Tabs, Tag, Timeline } from 'antd';
import { useCallback, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import type { Change, EditOp, ReviewView, User } from '../../api';
import { api } from '../../api';
import { ApiError } from '../../api/http';
import { useSession } from '../../app/session';
import { DocumentView } from '../../components/document/DocumentView';
import { FindingsPanel } from '../../components/document/FindingsPanel';
import type { SourceRequest } from '../../components/document/source-context';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';
import { editOps } from '../../layout/edit-fields';
import { statedPreview } from '../../layout/narrative-layout';
import { grouped } from '../../model/decimal';
import type { FindingJson } from '../../model/finding';
import { KIND_LABELS, STATE_COLORS, STATE_LABELS } from '../../model/vocabulary';
import type { EditRefusal, ReviewPreview } from './CellActions';
import { CellActions } from './CellActions';
import { WorkflowActions } from './WorkflowActions';
import { YearOverYear } from './YearOverYear';

const ACTION_LABELS: Record<string, string> = {
  import: '导入',
  create: '创建',
  edit: '修改',
  revise: '修改',
  submit: '提交',
  return: '退回',
  approve: '批复',
  'department-review': '主管部门审核通过',
  publish: '公开',
  adjust: '调整申请',
  explain: '说明审核发现',
  comment: '审核意见',
};

function Changes({ changes }: { changes: Change[] }) {
  if (!changes.length) return <Empty description="与上一版本相比没有变化" />;
  return (
    <List
      size="small"
      dataSource={changes}
      renderItem={(c) => (
        <List.Item>
          <div>
            <Tag color={c.kind === 'added' ? 'green' : c.kind === 'removed' ? 'red' : 'blue'}>
              {c.kind === 'added' ? '新增' : c.kind === 'removed' ? '删除' : '修改'}
            </Tag>
            <code className="change-path">{c.path}</code>
            <div>
              {c.before ?? '（无）'} → <b>{c.after ?? '（无）'}</b>
              {c.figure && c.difference ? (
                <span className="muted">
                  （{c.difference.startsWith('-') ? '' : '+'}
                  {grouped(c.difference)}）
                </span>
              ) : null}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}

const isOwner = (u: User) => u.role === 'unit' || u.role === 'department' || u.role === 'admin';
const isReviewer = (u: User) => u.role === 'reviewer' || u.role === 'department' || u.role === 'admin';

export default function WorkDocument() {
  const { id = '' } = useParams();
  const { user, loading } = useSession();
  const { message } = App.useApp();
  const doc = useAsync(() => api.document(id), [id]);
  const status = useAsync(() => api.workflow(id).catch(() => null), [id]);
  const review = useAsync(
    () =>
      api.review(id).catch(() =>
        api.findings(id).then((findings): ReviewView => ({
          findings: findings.map((f) => ({ ...f, lines: [...f.lines], key: '', explanation: null })),
          submittable: true,
          comments: [],
        })),
      ),
    [id],
  );
  const history = useAsync(() => api.history(id).catch(() => []), [id]);
  const version = status.data?.version ?? doc.data?.version ?? 1;
  const changes = useAsync(
    () =>
      version > 1 ? api.diff(id, version - 1, version).catch(() => []) : Promise.resolve([] as Change[]),
    [id, version],
  );
  const [live, setLive] = useState<FindingJson[] | null>(null);
  const loadSource = useCallback((line: number) => api.sourceLine(id, line), [id]);
  const reload = () => {
    setLive(null);
    doc.reload();
    status.reload();
    review.reload();
    history.reload();
  };
  if (loading) return <PageLoading />;
  if (!user) return <Navigate to={`/login?next=/work/documents/${id}`} replace />;
  if (doc.loading && !doc.data) return <PageLoading />;
  if (doc.error || !doc.data)
    return <ErrorState error={doc.error ?? new Error('无数据')} retry={doc.reload} />;
  const meta = doc.data;
  const d = meta.document;
  const state = status.data?.state ?? meta.state ?? 'draft';
  const entries = history.data ?? [];
  const lastReturn = [...entries].reverse().find((h) => h.action === 'return');
  const returned = state === 'draft' && (status.data?.returned ?? false) && lastReturn;
  const findings: FindingJson[] = live ?? review.data?.findings ?? [];
  const comments = review.data?.comments ?? [];
  const canEdit = state === 'draft' && isOwner(user);
  const canComment = isReviewer(user) && state !== 'draft' && state !== 'published';
  const edit = async (ops: EditOp[]): Promise<EditRefusal | null> => {
    try {
      const r = await api.edit(id, version, ops);
      setLive(r.findings);
      void message.success(`已保存第 ${r.version} 版，审核发现 ${r.findings.length} 条`);
      doc.reload();
      status.reload();
      history.reload();
      return null;
    } catch (e) {
      if (!(e instanceof ApiError))
        return { code: 'network', message: e instanceof Error ? e.message : String(e) };
      const problem = (e.details as { problems?: { message?: string }[] } | undefined)?.problems?.[0]
        ?.message;
      return { code: e.code, message: e.message, ...(problem ? { problem } : {}) };
    }
  };
  // The review as you type: what the edit would add to the findings shown now, or clear from them.
  const previewReview = async (ops: EditOp[]): Promise<ReviewPreview | null> => {
    try {
      const r = await api.previewEdits(id, ops);
      const now = new Set(findings.map((f) => f.message));
      const after = new Set(r.findings.map((f) => f.message));
      return {
        errors: r.findings.filter((f) => f.severity === 'error').length,
        warnings: r.findings.filter((f) => f.severity === 'warning').length,
        added: [...after].filter((m) => !now.has(m)),
        cleared: [...now].filter((m) => !after.has(m)),
      };
    } catch {
      return null; // the value is refused on saving, where the popup says why
    }
  };
  const comment = async (target: Record<string, string>, text: string) => {
    try {
      await api.comment(id, target, text);
      void message.success('已添加审核意见');
      review.reload();
      return true;
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
      return false;
    }
  };
  const explain = (f: FindingJson & { key?: string }, i: number) =>
    canEdit && f.severity === 'error' && f.key && !f.explanation ? (
      <Input.Search
        key={i}
        size="small"
        aria-label="说明此错误"
        placeholder="说明原因（错误须说明才能提交）"
        enterButton="说明"
        onSearch={(text) =>
          text.trim() &&
          void api.explain(id, f.key ?? '', text.trim()).then(
            () => review.reload(),
            (e: unknown) => void message.error(e instanceof Error ? e.message : String(e)),
          )
        }
      />
    ) : null;
  return (
    <div className="page work-document">
      <div className="page-head">
        <div>
          <h1 className="page-title">{d.title?.value ?? meta.title ?? KIND_LABELS[d.kind]}</h1>
          <Tag color={STATE_COLORS[state]}>{STATE_LABELS[state] ?? state}</Tag>
          <Tag>第 {version} 版</Tag>
          {d.year ? <Tag>{d.year} 年</Tag> : null}
          {meta.department ? <Tag>{meta.department}</Tag> : null}
          {status.data?.approvedVersion != null ? (
            <Link to={`/work/documents/${encodeURIComponent(id)}/evaluation`}>绩效自评与运行监控</Link>
          ) : null}
        </div>
        {status.data ? (
          <WorkflowActions id={id} status={status.data} review={review.data ?? null} onChanged={reload} />
        ) : null}
      </div>
      {returned ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          message={`已被退回（${lastReturn.actor ?? ''}），请按意见修改后重新提交`}
          description={lastReturn.opinion ?? '未填写意见'}
        />
      ) : null}
      {canEdit ? (
        <Alert
          type="info"
          showIcon
          className="form-alert"
          message="点击表中的数字可查看出处并直接修改，保存后自动重新审核。"
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }} className="doc-col">
          <DocumentView
            doc={d}
            findings={findings}
            loadSource={loadSource}
            {...(canEdit || canComment
              ? {
                  sourceActions: (r: SourceRequest, close: () => void) => (
                    <CellActions
                      key={`${r.path ?? ''}@${r.ref.line}@${r.value ?? ''}`}
                      request={r}
                      close={close}
                      canEdit={canEdit}
                      canComment={canComment}
                      opsFor={(path, field, input) => editOps(d, path, field, input)}
                      previewFor={(path, input) =>
                        'narrative' in d ? statedPreview(d.narrative, path, input) : null
                      }
                      onEdit={edit}
                      previewReview={previewReview}
                      onComment={comment}
                      onStale={reload}
                    />
                  ),
                }
              : {})}
          />
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          <div className="side-panel">
            <Tabs
              size="small"
              items={[
                {
                  key: 'findings',
                  label: `发现 ${findings.length}`,
                  children:
                    review.loading && !review.data ? (
                      <PageLoading />
                    ) : (
                      <FindingsPanel findings={findings} extra={explain} />
                    ),
                },
                {
                  key: 'comments',
                  label: `意见 ${comments.length}`,
                  children: comments.length ? (
                    <List
                      size="small"
                      dataSource={comments}
                      renderItem={(c) => (
                        <List.Item>
                          <div>
                            <div className="muted">
                              {[
                                c.target.table,
                                c.target.row,
                                c.target.column,
                                c.target.project,
                                c.target.indicator,
                              ]
                                .filter(Boolean)
                                .join(' · ')}
                            </div>
                            <div>{c.text}</div>
                            <div className="muted">
                              {c.actor} · {new Date(c.at).toLocaleString('zh-CN')} · 第 {c.version} 版
                            </div>
                          </div>
                        </List.Item>
                      )}
                    />
                  ) : (
                    <Empty
                      description={canComment ? '点击表中的数字可添加标注在单元格上的意见' : '暂无审核意见'}
                    />
                  ),
                },
                { key: 'changes', label: '变更', children: <Changes changes={changes.data ?? []} /> },
                ...(d.kind === 'department-budget' && typeof meta.departmentId === 'number' && d.year
                  ? [
                      {
                        key: 'yoy',
                        label: '上年',
                        children: <YearOverYear departmentId={meta.departmentId} year={d.year} doc={d} />,
                      },
                    ]
                  : []),
                {
                  key: 'history',
                  label: '记录',
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
                            <b>{ACTION_LABELS[h.action] ?? h.action}</b> · {h.actor ?? '系统'}
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
                  label: '文件',
                  children: (
                    <Descriptions size="small" column={1}>
                      <Descriptions.Item label="类型">{KIND_LABELS[d.kind]}</Descriptions.Item>
                      <Descriptions.Item label="原文件">
                        {meta.fileName ?? d.source.file.split('/').pop()}
                      </Descriptions.Item>
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
