// Under the source of a clicked figure or field in the work area: the unit corrects it (its own
// draft) or a reviewer comments on it. The input fits the field — a number for amounts, weights and
// the explanation's figures, the comparator picker, text for names and standards — and says what is
// wrong in Chinese before anything is sent; a refusal from the server (its code and message) stays
// in the popup beside the value typed, so nothing is lost.
import { Alert, Button, Form, Input, Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { EditOp } from '../../api';
import type { SourceRequest } from '../../components/document/source-context';
import type { EditField } from '../../layout/edit-fields';
import { inputProblem } from '../../layout/edit-fields';
import { COMPARATORS } from '../../model/vocabulary';

export interface EditRefusal {
  code: string;
  message: string;
  /** For a `validation` refusal: what the server found wrong with the value (the codec's words). */
  problem?: string;
}

const AMOUNT: EditField = { kind: 'amount', label: '数值', unit: '万元' };

/** What the review would say after the edit: its counts and the findings it would add or clear. */
export interface ReviewPreview {
  errors: number;
  warnings: number;
  added: string[];
  cleared: string[];
}

/** The review of the value typed, asked a moment after the last keystroke; null while none. */
function useReviewPreview(
  ops: EditOp[],
  previewReview: ((ops: EditOp[]) => Promise<ReviewPreview | null>) | undefined,
): ReviewPreview | null {
  const key = JSON.stringify(ops);
  const [shown, setShown] = useState<{ key: string; preview: ReviewPreview } | null>(null);
  // The latest operations and asker, read when the timer fires: the effect runs per value typed only.
  const latest = useRef({ ops, previewReview });
  latest.current = { ops, previewReview };
  useEffect(() => {
    const { ops: now, previewReview: ask } = latest.current;
    if (!now.length || !ask) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      void ask(now).then((p) => {
        if (current && p) setShown({ key, preview: p });
      });
    }, 350);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return shown && shown.key === key ? shown.preview : null;
}

function ReviewPreviewNote({ preview }: { preview: ReviewPreview }) {
  const { errors, warnings, added, cleared } = preview;
  const same = !added.length && !cleared.length;
  return (
    <div className="cell-edit-review" role="status" aria-live="polite">
      <div>
        保存后审核：错误 {errors} 条，警告 {warnings} 条{same ? '（与现在相同）' : ''}
      </div>
      {added.map((m) => (
        <div key={`+${m}`} className="cell-edit-review-added">
          新增：{m}
        </div>
      ))}
      {cleared.map((m) => (
        <div key={`-${m}`} className="cell-edit-review-cleared">
          消除：{m}
        </div>
      ))}
    </div>
  );
}

function ValueInput({
  field,
  value,
  onChange,
  invalid,
}: {
  field: EditField;
  value: string;
  onChange: (v: string) => void;
  invalid: boolean;
}) {
  const label = `新的${field.label}`;
  const status = invalid ? 'error' : '';
  switch (field.kind) {
    case 'comparator':
      return (
        <Select
          aria-label={label}
          value={value || undefined}
          onChange={onChange}
          status={status}
          options={COMPARATORS.map((c) => ({ value: c, label: c }))}
          placeholder="请选择"
        />
      );
    case 'long-text':
      return (
        <Input.TextArea
          aria-label={label}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          status={status}
          autoSize={{ minRows: 2, maxRows: 8 }}
        />
      );
    case 'text':
      return (
        <Input aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} status={status} />
      );
    default:
      return (
        <Input
          aria-label={label}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          status={status}
          inputMode="decimal"
          {...(field.unit ? { suffix: field.unit } : {})}
        />
      );
  }
}

export function CellActions({
  request,
  close,
  canEdit,
  canComment,
  opsFor,
  previewFor,
  onEdit,
  previewReview,
  onComment,
  onStale,
}: {
  request: SourceRequest;
  close: () => void;
  canEdit: boolean;
  canComment: boolean;
  /** The edit operations that set the clicked value to an input. */
  opsFor: (path: string, field: EditField, input: string) => EditOp[];
  /** The words around the value as they will read (a stated figure's sentence), or null. */
  previewFor: (path: string, input: string) => string | null;
  /** Saves; answers the server's refusal, or null when saved. */
  onEdit: (ops: EditOp[]) => Promise<EditRefusal | null>;
  /** The review as it would be after the edit, nothing saved (shown as the user types). */
  previewReview?: (ops: EditOp[]) => Promise<ReviewPreview | null>;
  onComment: (target: Record<string, string>, text: string) => Promise<boolean>;
  /** Loads the version someone else has saved meanwhile (after a `conflict` refusal). */
  onStale: () => void;
}) {
  const field = request.edit ?? AMOUNT;
  const initial = request.value ?? '';
  const [value, setValue] = useState(initial);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<EditRefusal | null>(null);
  const problem = inputProblem(field, value);
  const changed = value.trim() !== initial.trim();
  const path = request.path ?? '';
  const ops = canEdit && path && !problem && changed ? opsFor(path, field, value) : [];
  // What the explanation states: the words as they will read.
  const preview = ops.length && request.context ? previewFor(path, value) : null;
  const reviewAfter = useReviewPreview(ops, previewReview);
  const title = `修改${field.kind === 'amount' ? '此' : ''}${field.label}${field.unit ? `（${field.unit}）` : ''}`;
  return (
    <div className="cell-actions">
      {canEdit && path ? (
        <Form
          layout="vertical"
          className="cell-edit"
          onFinish={() => {
            if (!ops.length) return;
            setBusy(true);
            setRefusal(null);
            void onEdit(ops).then((r) => {
              setBusy(false);
              if (r) setRefusal(r);
              else close();
            });
          }}
        >
          <Typography.Text strong>{title}</Typography.Text>
          {request.context ? <div className="muted">原文：{request.context}</div> : null}
          <Form.Item validateStatus={problem ? 'error' : ''} help={problem ?? field.hint}>
            <ValueInput
              field={field}
              value={value}
              invalid={problem !== null}
              onChange={(v) => {
                setValue(v);
                setRefusal(null);
              }}
            />
          </Form.Item>
          {preview ? <div className="cell-edit-preview">修改后：{preview}</div> : null}
          {reviewAfter && !refusal ? <ReviewPreviewNote preview={reviewAfter} /> : null}
          {refusal ? (
            <Alert
              type="error"
              showIcon
              message={refusal.problem ? `${field.label}无效：${refusal.problem}` : refusal.message}
              description={`未保存（代码：${refusal.code}）`}
              {...(refusal.code === 'conflict'
                ? {
                    action: (
                      <Button
                        size="small"
                        onClick={() => {
                          onStale();
                          close();
                        }}
                      >
                        载入最新版本
                      </Button>
                    ),
                  }
                : {})}
            />
          ) : null}
          <Button type="primary" htmlType="submit" disabled={!ops.length || busy} loading={busy}>
            保存并重新审核
          </Button>
        </Form>
      ) : null}
      {canComment && request.target ? (
        <div>
          <Typography.Text strong>审核意见（标注在此单元格）</Typography.Text>
          <Input.TextArea
            aria-label="审核意见"
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button
            disabled={!text.trim() || busy}
            loading={busy}
            onClick={() => {
              setBusy(true);
              void onComment(request.target ?? {}, text.trim()).then((ok) => {
                setBusy(false);
                if (ok) close();
              });
            }}
          >
            添加意见
          </Button>
        </div>
      ) : null}
    </div>
  );
}
