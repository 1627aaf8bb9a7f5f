// The actions the server says this user may take on this document now (GET …/workflow `actions`):
// submit (explaining every remaining error first), 主管部门 review, return or approve with an opinion,
// publish (confirmed: the public sees it at once), adjustment after approval. A refused action shows
// the server's reason; typed opinions and explanations are kept when it fails.
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewView, WorkflowStatus } from '../../api';
import { api } from '../../api';

type Kind = 'return' | 'approve' | 'department-review' | 'adjust';
type Dialog = { kind: Kind } | { kind: 'explain'; errors: ReviewView['findings'] } | null;

const TITLES: Record<Kind, [string, string, string]> = {
  return: ['退回并说明意见', '退回', '已退回'],
  approve: ['批复意见', '批复', '已批复'],
  'department-review': ['主管部门审核意见', '审核通过', '主管部门已审核通过'],
  adjust: ['调整申请', '提出调整', '已提出调整申请'],
};

export function WorkflowActions({
  id,
  status,
  review,
  onChanged,
}: {
  id: string;
  status: WorkflowStatus;
  review: ReviewView | null;
  onChanged: () => void;
}) {
  const { message, modal } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ opinion: string; explanations: Record<string, string> }>();
  const can = (a: string) => status.actions.includes(a);

  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      void message.success(done);
      setDialog(null);
      form.resetFields();
      onChanged();
      return true;
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      setError(text);
      if (dialog === null) void message.error(text);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    // The review as it stands now (the page's copy may still be loading or be older than an edit).
    const current = await api.review(id).catch(() => review);
    const unexplained = (current?.findings ?? []).filter((f) => f.severity === 'error' && !f.explanation);
    if (unexplained.length) setDialog({ kind: 'explain', errors: unexplained });
    else void run(() => api.submit(id), '已提交审核');
  };
  const publish = () =>
    modal.confirm({
      title: '公开此文件？',
      content: '公开后所有人都能查看和下载此文件，且不能撤回。',
      okText: '确认公开',
      cancelText: '取消',
      onOk: () => run(() => api.publish(id), '已公开'),
    });
  const decide = (kind: Kind, opinion: string) =>
    kind === 'return'
      ? api.returnDoc(id, opinion)
      : kind === 'approve'
        ? api.approve(id, opinion)
        : kind === 'adjust'
          ? api.adjust(id, opinion)
          : api.departmentReview(id, opinion);
  const opinionDialog = dialog && dialog.kind !== 'explain' ? dialog.kind : null;

  return (
    <>
      <Space wrap className="workflow-actions">
        {can('submit') ? (
          <Button type="primary" onClick={() => void submit()} loading={busy}>
            提交审核
          </Button>
        ) : null}
        {can('return') ? (
          <Button danger onClick={() => setDialog({ kind: 'return' })}>
            退回
          </Button>
        ) : null}
        {can('department-review') ? (
          <Button type="primary" onClick={() => setDialog({ kind: 'department-review' })}>
            审核通过
          </Button>
        ) : null}
        {can('approve') ? (
          <Button type="primary" onClick={() => setDialog({ kind: 'approve' })}>
            批复
          </Button>
        ) : null}
        {can('publish') ? (
          <Button type="primary" onClick={() => void publish()} loading={busy}>
            公开
          </Button>
        ) : null}
        {can('adjust') ? <Button onClick={() => setDialog({ kind: 'adjust' })}>调整申请</Button> : null}
      </Space>
      <Modal
        open={opinionDialog !== null}
        title={opinionDialog ? TITLES[opinionDialog][0] : ''}
        okText={opinionDialog ? TITLES[opinionDialog][1] : ''}
        cancelText="取消"
        okButtonProps={{ danger: opinionDialog === 'return', loading: busy }}
        onCancel={() => setDialog(null)}
        onOk={() =>
          void form
            .validateFields(['opinion'])
            .then(
              ({ opinion }) =>
                opinionDialog && run(() => decide(opinionDialog, opinion ?? ''), TITLES[opinionDialog][2]),
            )
        }
        forceRender
      >
        {error ? <Typography.Paragraph type="danger">{error}</Typography.Paragraph> : null}
        <Form form={form} layout="vertical" preserve>
          <Form.Item
            name="opinion"
            label="意见"
            rules={[
              {
                required: opinionDialog === 'return' || opinionDialog === 'adjust',
                message: opinionDialog === 'adjust' ? '请写明调整理由' : '退回时须写明意见',
              },
            ]}
          >
            <Input.TextArea
              rows={4}
              placeholder={
                opinionDialog === 'return'
                  ? '写明需要修改的内容'
                  : opinionDialog === 'adjust'
                    ? '写明调整的内容和理由'
                    : '同意申报，请严格按照绩效目标组织实施'
              }
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={dialog?.kind === 'explain'}
        title="提交前请说明尚存的错误"
        okText="说明并提交"
        cancelText="返回修改"
        width={720}
        okButtonProps={{ loading: busy }}
        onCancel={() => setDialog(null)}
        onOk={() =>
          void form.validateFields().then(({ explanations }) =>
            run(
              () =>
                api.submit(
                  id,
                  Object.entries(explanations ?? {}).map(([key, text]) => ({ key, text })),
                ),
              '已提交审核',
            ),
          )
        }
        forceRender
      >
        <Typography.Paragraph>
          审核仍发现以下错误。请修改后再提交，或逐条说明原因（说明将随文件提交，审核人员可见）。
        </Typography.Paragraph>
        {error ? <Typography.Paragraph type="danger">{error}</Typography.Paragraph> : null}
        <Form form={form} layout="vertical" preserve>
          {dialog?.kind === 'explain'
            ? dialog.errors.map((f) => (
                <Form.Item
                  key={f.key}
                  name={['explanations', f.key]}
                  label={f.message}
                  rules={[{ required: true, message: '请说明此错误的原因' }]}
                >
                  <Input.TextArea rows={2} />
                </Form.Item>
              ))
            : null}
        </Form>
      </Modal>
    </>
  );
}
