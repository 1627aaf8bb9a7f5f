// The actions a document's state and the user's role allow: submit (explaining every remaining
// error), return or approve with an opinion, publish (confirmed: the public sees it at once).
// A refused action shows the server's reason; typed opinions are kept when it fails.
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { DocumentMeta, User } from '../../api';
import { api } from '../../api';
import { ApiError } from '../../api/http';
import type { FindingJson } from '../../model/finding';

type Dialog = { kind: 'return' | 'approve' } | { kind: 'explain'; errors: FindingJson[] } | null;

/** The workflow's stable key of a finding (core/workflow/review-gate.ts findingKey). */
const findingKey = (f: FindingJson): string =>
  [f.rule, f.table ?? '', f.unit ?? '', f.project ?? '', f.indicator ?? '', String(f.lines[0] ?? '')].join(
    '|',
  );

export function WorkflowActions({
  meta,
  user,
  findings,
  onChanged,
}: {
  meta: DocumentMeta;
  user: User;
  findings: readonly FindingJson[];
  onChanged: () => void;
}) {
  const { message, modal } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ opinion: string; explanations: Record<string, string> }>();
  const state = meta.state ?? 'draft';
  const owner = user.role === 'unit' || user.role === 'department' || user.role === 'admin';
  const reviewer = user.role === 'reviewer' || user.role === 'admin';
  const canReview =
    (state === 'submitted' && (user.role === 'department' || reviewer)) ||
    (state === 'department-reviewed' && reviewer);

  const run = async (action: () => Promise<{ state: string }>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      void message.success(done);
      setDialog(null);
      form.resetFields();
      onChanged();
    } catch (e) {
      if (
        e instanceof ApiError &&
        dialog === null &&
        state === 'draft' &&
        (e.status === 409 || e.status === 422)
      ) {
        const errors = findings.filter((f) => f.severity === 'error' && !f.explanation);
        if (errors.length) {
          setDialog({ kind: 'explain', errors });
          setError(e.message);
          return;
        }
      }
      setError(e instanceof Error ? e.message : String(e));
      if (dialog === null) void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = () => {
    const errors = findings.filter((f) => f.severity === 'error' && !f.explanation);
    if (errors.length) setDialog({ kind: 'explain', errors });
    else void run(() => api.submit(meta.id), '已提交审核');
  };
  const publish = () =>
    modal.confirm({
      title: '公开此文件？',
      content: '公开后所有人都能查看和下载此文件，且不能撤回。',
      okText: '确认公开',
      cancelText: '取消',
      onOk: () => run(() => api.publish(meta.id), '已公开'),
    });

  return (
    <>
      <Space wrap className="workflow-actions">
        {owner && state === 'draft' ? (
          <Button type="primary" onClick={submit} loading={busy}>
            提交审核
          </Button>
        ) : null}
        {canReview ? (
          <>
            <Button danger onClick={() => setDialog({ kind: 'return' })}>
              退回
            </Button>
            <Button type="primary" onClick={() => setDialog({ kind: 'approve' })}>
              {state === 'submitted' && user.role === 'department' ? '审核通过' : '批复'}
            </Button>
          </>
        ) : null}
        {reviewer && state === 'approved' ? (
          <Button type="primary" onClick={() => void publish()} loading={busy}>
            公开
          </Button>
        ) : null}
      </Space>
      <Modal
        open={dialog?.kind === 'return' || dialog?.kind === 'approve'}
        title={dialog?.kind === 'return' ? '退回并说明意见' : '批复意见'}
        okText={dialog?.kind === 'return' ? '退回' : '批复'}
        cancelText="取消"
        okButtonProps={{ danger: dialog?.kind === 'return', loading: busy }}
        onCancel={() => setDialog(null)}
        onOk={() =>
          void form
            .validateFields(['opinion'])
            .then(({ opinion }) =>
              run(
                () =>
                  dialog?.kind === 'return' ? api.returnDoc(meta.id, opinion) : api.approve(meta.id, opinion),
                dialog?.kind === 'return' ? '已退回' : '已批复',
              ),
            )
        }
        forceRender
      >
        {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
        <Form form={form} layout="vertical" preserve>
          <Form.Item
            name="opinion"
            label="意见"
            rules={[{ required: dialog?.kind === 'return', message: '退回时须写明意见' }]}
            initialValue={dialog?.kind === 'approve' ? '同意申报，请严格按照绩效目标组织实施' : undefined}
          >
            <Input.TextArea
              rows={4}
              placeholder={
                dialog?.kind === 'return' ? '写明需要修改的内容' : '同意申报，请严格按照绩效目标组织实施'
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
                  meta.id,
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
                  key={findingKey(f)}
                  name={['explanations', findingKey(f)]}
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
