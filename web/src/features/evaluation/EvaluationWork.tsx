// A document's self-evaluation (绩效自评) and monthly monitoring (运行监控) in the work area. The unit
// enters the budget executed and each indicator's actual value; every change is scored by the server's
// evaluator (a preview, nothing saved) as they type, and what does not fit its standard is shown at
// the cell. Saving keeps everything or nothing. The chain's buttons are what the server allows this
// user now; the finance bureau adjusts a score with a reason while the evaluation waits for it.
import { Alert, App, Button, Form, Input, Modal, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ActualsPatch, Evaluation, EvaluationAction, EvaluationIndicator } from '../../api';
import { evaluationApi } from '../../api';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';
import { STATE_COLORS, STATE_LABELS } from '../../model/vocabulary';
import { MonitoringPanel } from './MonitoringPanel';
import { SheetLinks } from './SheetLinks';
import type { TargetDraft } from './TargetCard';
import { TargetCard } from './TargetCard';

const ACTION_LABELS: Record<EvaluationAction, string> = {
  submit: '报送自评',
  'department-review': '主管部门审核通过',
  return: '退回',
  approve: '审定',
  publish: '公开结果',
};

type Drafts = Record<string, TargetDraft>;

/** The drafts as the API's patch, and where each entry sits in it (to place the server's problems). */
function patchOf(drafts: Drafts): { patch: ActualsPatch; places: Map<string, string> } {
  const places = new Map<string, string>();
  const targets = Object.entries(drafts).map(([id, d], ti) => {
    places.set(`targets.${ti}.executed`, `${id}|t:executed`);
    const indicators = Object.entries(d.indicators).map(([iid, v], ii) => {
      places.set(`targets.${ti}.indicators.${ii}.actual`, `${id}|i:${iid}:actual`);
      return {
        id: iid,
        ...(v.actual !== undefined ? { actual: v.actual } : {}),
        ...(v.explanation !== undefined ? { explanation: v.explanation } : {}),
      };
    });
    return {
      id,
      ...(d.executed !== undefined ? { executed: d.executed } : {}),
      ...(d.executionExplanation !== undefined ? { executionExplanation: d.executionExplanation } : {}),
      indicators,
    };
  });
  return { patch: { targets }, places };
}

function problemsOf(e: unknown, places: Map<string, string>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const details = (e as { details?: { problems?: { path: string; message: string }[] } }).details;
  for (const p of details?.problems ?? []) {
    const [target, key] = (places.get(p.path) ?? '').split('|');
    if (target && key) out[target] = { ...out[target], [key]: p.message };
  }
  return out;
}

export default function EvaluationWork() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const loaded = useAsync(() => evaluationApi.evaluation(id), [id]);
  const [view, setView] = useState<Evaluation | null>(null);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [problems, setProblems] = useState<Record<string, Record<string, string>>>({});
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<EvaluationAction | null>(null);
  const [adjusting, setAdjusting] = useState<{ target: string; indicator: EvaluationIndicator } | null>(null);
  const [form] = Form.useForm<{ opinion: string }>();
  const [adjustForm] = Form.useForm<{ score: string; reason: string }>();
  const seq = useRef(0);

  useEffect(() => {
    if (loaded.data) {
      setView(loaded.data);
      setDrafts({});
      setProblems({});
    }
  }, [loaded.data]);

  // Live scores: each change is sent for a preview (the newest answer wins).
  const pending = useMemo(() => patchOf(drafts), [drafts]);
  useEffect(() => {
    if (!pending.patch.targets.length) return;
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      evaluationApi.preview(id, pending.patch).then(
        (v) => {
          if (mine !== seq.current) return;
          setView(v);
          setProblems({});
        },
        (e: unknown) => {
          if (mine === seq.current) setProblems(problemsOf(e, pending.places));
        },
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [id, pending]);

  if (loaded.loading && !view) return <PageLoading />;
  if (loaded.error || !view)
    return <ErrorState error={loaded.error ?? new Error('无数据')} retry={loaded.reload} />;

  const dirty = pending.patch.targets.length > 0;
  const save = async () => {
    setBusy(true);
    try {
      const v = await evaluationApi.save(id, pending.patch);
      setView(v);
      setDrafts({});
      setProblems({});
      void message.success('已保存');
    } catch (e) {
      setProblems(problemsOf(e, pending.places));
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const act = async (action: EvaluationAction, opinion: string) => {
    setBusy(true);
    try {
      await evaluationApi.act(id, action, opinion);
      void message.success(`已${ACTION_LABELS[action]}`);
      setDialog(null);
      form.resetFields();
      loaded.reload();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const adjust = async () => {
    if (!adjusting) return;
    const { score, reason } = await adjustForm.validateFields();
    setBusy(true);
    try {
      setView(await evaluationApi.adjust(id, adjusting.target, adjusting.indicator.id, score, reason));
      void message.success('已调整得分');
      setAdjusting(null);
      adjustForm.resetFields();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const lastReturn = [...view.opinions].reverse().find((o) => o.action === 'return');

  const evaluationTab = (
    <div className="evaluation-targets">
      {view.mayEnter ? (
        <Space className="evaluation-save" wrap>
          <Button type="primary" disabled={!dirty} loading={busy} onClick={() => void save()}>
            保存
          </Button>
          <Typography.Text type="secondary">
            {dirty ? '有未保存的修改（得分已按评分标准试算）' : '得分由评分标准自动计算；失分须说明原因'}
          </Typography.Text>
        </Space>
      ) : null}
      {view.targets.map((t) => (
        <TargetCard
          key={t.id}
          target={t}
          draft={drafts[t.id]}
          problems={problems[t.id] ?? {}}
          editable={view.mayEnter}
          mayAdjust={view.mayAdjust}
          onChange={(change) =>
            setDrafts((ds) => ({ ...ds, [t.id]: change(ds[t.id] ?? { indicators: {} }) }))
          }
          onAdjust={(indicator) => {
            adjustForm.setFieldsValue({
              score: indicator.adjustment?.score ?? indicator.score ?? '',
              reason: '',
            });
            setAdjusting({ target: t.id, indicator });
          }}
        />
      ))}
    </div>
  );

  return (
    <div className="page evaluation-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{view.title ?? view.department ?? '绩效自评'} · 绩效自评</h1>
          <Tag color={STATE_COLORS[view.state]}>自评{STATE_LABELS[view.state] ?? view.state}</Tag>
          {view.year ? <Tag>{view.year} 年</Tag> : null}
          {view.department ? <Tag>{view.department}</Tag> : null}
          {view.unitPart ? null : <Link to={`/work/documents/${encodeURIComponent(id)}`}>返回文档</Link>}
        </div>
        <Space wrap>
          {view.actions.map((a) => (
            <Button
              key={a}
              type={a === 'return' ? 'default' : 'primary'}
              danger={a === 'return'}
              loading={busy}
              disabled={dirty && a === 'submit'}
              onClick={() => (a === 'return' || a === 'approve' ? setDialog(a) : void act(a, ''))}
            >
              {ACTION_LABELS[a]}
            </Button>
          ))}
        </Space>
      </div>
      {view.unitPart ? (
        <Alert
          type="info"
          showIcon
          className="form-alert"
          message={`仅显示并填报本单位（${view.unitPart}）的项目；部门的绩效自评由主管部门报送`}
        />
      ) : null}
      {!view.documentApproved ? (
        <Alert type="info" showIcon message="文档批复后才能填报绩效自评和运行监控" />
      ) : null}
      {view.returned && lastReturn ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          message={`自评已被退回（${lastReturn.actor}），请按意见修改后重新报送`}
          description={lastReturn.opinion}
        />
      ) : null}
      <Space wrap className="evaluation-totals">
        <span>
          项目（单位）{view.totals.targets} 个，已完成 {view.totals.complete} 个
        </span>
        <span>预算合计 {view.totals.budget} 万元</span>
        <span>执行合计 {view.totals.executed} 万元</span>
      </Space>
      {view.documentApproved ? <SheetLinks id={id} /> : null}
      <Tabs
        items={[
          { key: 'evaluation', label: '绩效自评', children: evaluationTab },
          { key: 'monitoring', label: '运行监控', children: <MonitoringPanel id={id} /> },
        ]}
      />
      <Modal
        forceRender
        open={dialog !== null}
        title={dialog === 'return' ? '退回意见' : '审定意见'}
        okText={dialog ? ACTION_LABELS[dialog] : ''}
        cancelText="取消"
        okButtonProps={{ danger: dialog === 'return', loading: busy }}
        onCancel={() => setDialog(null)}
        onOk={() =>
          void form.validateFields().then(({ opinion }) => (dialog ? act(dialog, opinion ?? '') : undefined))
        }
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="opinion"
            label="意见"
            rules={dialog === 'return' ? [{ required: true, message: '退回须填写意见' }] : []}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        forceRender
        open={adjusting !== null}
        title={adjusting ? `调整得分：${adjusting.indicator.name}` : ''}
        okText="调整"
        cancelText="取消"
        okButtonProps={{ loading: busy }}
        onCancel={() => setAdjusting(null)}
        onOk={() => void adjust()}
      >
        {adjusting ? (
          <Typography.Paragraph type="secondary">
            自评得分 {adjusting.indicator.score}（分值 {adjusting.indicator.weight}）：
            {adjusting.indicator.reason}
          </Typography.Paragraph>
        ) : null}
        <Form form={adjustForm} layout="vertical">
          <Form.Item name="score" label="复核得分" rules={[{ required: true, message: '请填写得分' }]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item
            name="reason"
            label="调整理由"
            rules={[{ required: true, whitespace: true, message: '须填写理由' }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
