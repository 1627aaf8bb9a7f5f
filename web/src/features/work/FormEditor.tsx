// A new 项目支出绩效目标申报表 filled in the browser: the form's fields as in the corpus, the indicator
// editor, and the review's findings as you type (the server reviews each saved version). The draft is
// kept in this browser until it is saved, so nothing typed is lost on an error or a reload.
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import type { IndicatorRow } from '../../api';
import { api } from '../../api';
import { useSession } from '../../app/session';
import { FindingsPanel } from '../../components/document/FindingsPanel';
import { PageLoading } from '../../components/PageLoading';
import type { FormDraft, IndicatorDraft } from '../../layout/form-model';
import { emptyDraft, formsDocumentJson } from '../../layout/form-model';
import type { FindingJson } from '../../model/finding';
import type { Comparator, Level1Indicator, Level2Indicator } from '../../model/json';
import { COMPARATORS, LEVEL1, LEVEL2_BY_LEVEL1 } from '../../model/vocabulary';
import { IndicatorEditor, newIndicator, weightTotal } from './IndicatorEditor';

const DRAFT_KEY = 'yusuan.form-draft';

function loadDraft(filler: string): FormDraft {
  try {
    const saved = localStorage.getItem(DRAFT_KEY);
    if (saved) return JSON.parse(saved) as FormDraft;
  } catch {
    /* a broken draft starts afresh */
  }
  const d = emptyDraft(new Date().getFullYear() + 1, filler);
  d.indicators = [newIndicator('产出指标'), newIndicator('效益指标'), newIndicator('满意度指标')];
  return d;
}

function fromPrevious(r: IndicatorRow): IndicatorDraft {
  const l1 = (LEVEL1 as readonly string[]).includes(r.level1 ?? '') ? (r.level1 as Level1Indicator) : null;
  const l2 =
    l1 && (LEVEL2_BY_LEVEL1[l1] as readonly string[]).includes(r.level2 ?? '')
      ? (r.level2 as Level2Indicator)
      : null;
  return {
    ...newIndicator(l1),
    level2: l2,
    name: r.name ?? '',
    value: r.value ?? '',
    comparator: (COMPARATORS as readonly string[]).includes(r.comparator ?? '')
      ? (r.comparator as Comparator)
      : null,
    unit: r.unit ?? '',
    content: r.content ?? '',
    scoring: r.scoring ?? '',
    weight: r.weight ?? '',
  };
}

/** Indicators of the department's earlier documents, for the picker. */
function PreviousPicker({
  open,
  onClose,
  onPick,
  department,
  year,
}: {
  open: boolean;
  onClose: () => void;
  onPick: (r: IndicatorRow) => void;
  department: string | null | undefined;
  year: number;
}) {
  const [rows, setRows] = useState<IndicatorRow[] | null>(null);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    if (!open || rows) return;
    void api
      .documents({})
      .then((docs) =>
        docs
          .filter((d) => (!department || d.departmentCode === department) && (d.year ?? 0) < year)
          .slice(0, 10),
      )
      .then((docs) => Promise.all(docs.map((d) => api.indicators(d.id).catch(() => []))))
      .then((lists) => setRows(lists.flat().filter((i) => !i.placeholder && i.name)))
      .catch(() => setRows([]));
  }, [open, rows, department, year]);
  const shown = (rows ?? []).filter((r) => !filter || `${r.name}${r.project}${r.level2}`.includes(filter));
  return (
    <Modal open={open} onCancel={onClose} footer={null} title="从以往年度的指标中选择" width={760}>
      <Input.Search
        placeholder="按指标、项目名称筛选"
        allowClear
        onChange={(e) => setFilter(e.target.value)}
        aria-label="筛选以往指标"
      />
      <List
        className="previous-list"
        loading={rows === null}
        dataSource={shown.slice(0, 100)}
        locale={{ emptyText: <Empty description="没有以往年度的指标" /> }}
        renderItem={(r) => (
          <List.Item
            actions={[
              <Button key="add" size="small" onClick={() => onPick(r)}>
                添加
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <span>
                  {r.name}{' '}
                  <span className="indicator-value">
                    {r.comparator && r.comparator !== '定性' ? r.comparator : ''}
                    {r.value}
                    {r.unit && r.unit !== '无' ? r.unit : ''}
                  </span>
                  {r.weight ? <Tag color="blue">{r.weight} 分</Tag> : null}
                </span>
              }
              description={`${r.level1 ?? ''} / ${r.level2 ?? ''} · ${r.project}`}
            />
          </List.Item>
        )}
      />
    </Modal>
  );
}

export default function FormEditor() {
  const { user, loading } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<FormDraft | null>(null);
  const [saved, setSaved] = useState<{ id: string; version: number } | null>(null);
  const [findings, setFindings] = useState<FindingJson[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [picker, setPicker] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (user && !draft) setDraft(loadDraft(user.department ?? ''));
  }, [user, draft]);
  useEffect(() => {
    if (draft) localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  }, [draft]);
  const pinned = useMemo(
    () =>
      new Map(
        findings.filter((f) => f.lines[0] !== undefined).map((f) => [f.lines[0] as number, f.severity]),
      ),
    [findings],
  );

  const save = async (d: FormDraft, quiet: boolean): Promise<{ id: string; version: number } | null> => {
    setBusy(!quiet);
    try {
      const model = formsDocumentJson(d);
      const r = saved ? await api.saveModel(saved.id, model, saved.version) : await api.createModel(model);
      const next = { id: r.id, version: r.version ?? (saved?.version ?? 0) + 1 };
      setSaved(next);
      setFindings(r.findings);
      setError(null);
      return next;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    } finally {
      setBusy(false);
    }
  };
  // The review re-runs as you type: a quiet save a moment after the last change, once the form has a name.
  const change = (patch: Partial<FormDraft>) => {
    if (!draft) return;
    const next = { ...draft, ...patch };
    setDraft(next);
    window.clearTimeout(timer.current);
    if (saved) timer.current = window.setTimeout(() => void save(next, true), 1200);
  };
  if (loading || (user && !draft)) return <PageLoading />;
  if (!user) return <Navigate to="/login?next=/work/forms/new" replace />;
  if (!draft) return <PageLoading />;
  const onFinish = async () => {
    const r = await save(draft, false);
    if (!r) return;
    localStorage.removeItem(DRAFT_KEY);
    void message.success('已保存。可在文件页面查看审核发现并提交。');
    void navigate(`/work/documents/${r.id}`);
  };
  return (
    <div className="page">
      <Typography.Title level={2}>{draft.year} 年项目支出绩效目标申报表</Typography.Title>
      {error ? (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          message="保存失败，填写的内容已保留"
          description={error}
          role="alert"
        />
      ) : null}
      <div className="form-layout">
        <Form layout="vertical" onFinish={() => void onFinish()} className="declaration-form">
          <Card size="small" title="项目基本情况">
            <Form.Item
              label="项目名称"
              htmlFor="f-name"
              required
              validateStatus={draft.name.trim() ? '' : 'warning'}
            >
              <Input
                id="f-name"
                value={draft.name}
                onChange={(e) => change({ name: e.target.value })}
                aria-required="true"
              />
            </Form.Item>
            <Space wrap size="large">
              <Form.Item label="项目属性">
                <Radio.Group
                  aria-label="项目属性"
                  value={draft.attribute}
                  onChange={(e) => change({ attribute: e.target.value as FormDraft['attribute'] })}
                  options={['新增项目', '延续项目']}
                />
              </Form.Item>
              <Form.Item label="预算年度" htmlFor="f-year">
                <Input
                  id="f-year"
                  type="number"
                  value={draft.year}
                  style={{ width: 110 }}
                  onChange={(e) => change({ year: Number(e.target.value) || draft.year })}
                />
              </Form.Item>
            </Space>
            <Form.Item label="主管部门" htmlFor="f-competentDepartment">
              <Input
                id="f-competentDepartment"
                value={draft.competentDepartment}
                onChange={(e) => change({ competentDepartment: e.target.value })}
              />
            </Form.Item>
            <Space wrap>
              <Form.Item label="项目起止时间" htmlFor="f-period">
                <Input
                  id="f-period"
                  value={draft.period}
                  onChange={(e) => change({ period: e.target.value })}
                  style={{ width: 260 }}
                />
              </Form.Item>
              <Form.Item label="项目负责人" htmlFor="f-manager">
                <Input
                  id="f-manager"
                  value={draft.manager}
                  onChange={(e) => change({ manager: e.target.value })}
                />
              </Form.Item>
              <Form.Item label="联系电话" htmlFor="f-managerPhone">
                <Input
                  id="f-managerPhone"
                  value={draft.managerPhone}
                  onChange={(e) => change({ managerPhone: e.target.value })}
                />
              </Form.Item>
            </Space>
            <Form.Item label="项目概况" htmlFor="f-overview">
              <Input.TextArea
                id="f-overview"
                autoSize={{ minRows: 2 }}
                value={draft.overview}
                onChange={(e) => change({ overview: e.target.value })}
              />
            </Form.Item>
            <Form.Item label="立项依据" htmlFor="f-basis">
              <Input.TextArea
                id="f-basis"
                autoSize={{ minRows: 2 }}
                value={draft.basis}
                onChange={(e) => change({ basis: e.target.value })}
              />
            </Form.Item>
            <Space wrap>
              <Form.Item label="本年申请资金（万元）" htmlFor="f-amount">
                <Input
                  id="f-amount"
                  inputMode="decimal"
                  value={draft.amount}
                  onChange={(e) => change({ amount: e.target.value })}
                  status={draft.amount && !/^\d+(\.\d+)?$/.test(draft.amount.trim()) ? 'error' : ''}
                />
              </Form.Item>
              <Form.Item label="上年资金（万元）" htmlFor="f-previousAmount">
                <Input
                  id="f-previousAmount"
                  inputMode="decimal"
                  value={draft.previousAmount}
                  onChange={(e) => change({ previousAmount: e.target.value })}
                />
              </Form.Item>
            </Space>
          </Card>
          <Card size="small" title="绩效目标">
            <Form.Item label="长期目标" htmlFor="f-longTermGoal">
              <Input.TextArea
                id="f-longTermGoal"
                autoSize={{ minRows: 2 }}
                value={draft.longTermGoal}
                onChange={(e) => change({ longTermGoal: e.target.value })}
              />
            </Form.Item>
            <Form.Item label="年度绩效目标" htmlFor="f-annualGoal" required>
              <Input.TextArea
                id="f-annualGoal"
                autoSize={{ minRows: 2 }}
                value={draft.annualGoal}
                onChange={(e) => change({ annualGoal: e.target.value })}
                aria-required="true"
              />
            </Form.Item>
          </Card>
          <Card size="small" title="绩效指标">
            <IndicatorEditor
              value={draft.indicators}
              onChange={(indicators) => change({ indicators })}
              onPickPrevious={() => setPicker(true)}
              pinned={pinned}
            />
          </Card>
          <Space className="form-actions">
            <Button type="primary" htmlType="submit" loading={busy}>
              保存申报表
            </Button>
            <Button
              onClick={() =>
                Modal.confirm({
                  title: '清空此申报表？',
                  content: '已填写的内容将被删除，不能恢复。',
                  okText: '清空',
                  okButtonProps: { danger: true },
                  cancelText: '取消',
                  onOk: () => {
                    localStorage.removeItem(DRAFT_KEY);
                    setDraft(loadDraft(user.department ?? ''));
                  },
                })
              }
            >
              清空
            </Button>
          </Space>
        </Form>
        <aside className="side-panel" aria-label="审核">
          <Typography.Title level={4}>审核</Typography.Title>
          <p>
            权重合计{' '}
            <Tag color={weightTotal(draft.indicators) === '100' ? 'green' : 'orange'}>
              {weightTotal(draft.indicators)} 分
            </Tag>
          </p>
          {saved ? (
            <FindingsPanel findings={findings} />
          ) : (
            <Typography.Paragraph type="secondary">
              保存后自动审核；之后每次修改都会重新审核。
            </Typography.Paragraph>
          )}
        </aside>
      </div>
      <PreviousPicker
        open={picker}
        onClose={() => setPicker(false)}
        department={user.department}
        year={draft.year}
        onPick={(r) => {
          change({ indicators: [...draft.indicators, fromPrevious(r)] });
          void message.success(`已添加“${r.name ?? ''}”`);
        }}
      />
    </div>
  );
}
