// One project's (or unit's) self-evaluation: budget executed and each indicator's actual value, with
// the score and its reason as the server's evaluator (src/scoring) gives them while the unit types,
// an explanation required wherever points are lost, and the finance bureau's adjusted score beside
// the self-assessed one (the reviewer adjusts it here, with a reason).
import { Button, Card, Descriptions, Input, Space, Table, Tag, Typography } from 'antd';
import type { EvaluationIndicator, EvaluationTarget } from '../../api';

export interface TargetDraft {
  executed?: string;
  executionExplanation?: string;
  indicators: Record<string, { actual?: string; explanation?: string }>;
}

const GRADE_COLORS: Record<string, string> = { 优: 'green', 良: 'blue', 中: 'orange', 差: 'red' };

export function GradeTag({ grade }: { grade: string | null }) {
  return grade ? <Tag color={GRADE_COLORS[grade] ?? 'default'}>{grade}</Tag> : <Tag>未完成</Tag>;
}

/** The score that counts, with the self-assessed one beside it when the bureau adjusted it. */
export function ScoreCell({ i }: { i: EvaluationIndicator }) {
  if (i.score === null) return <Typography.Text type="secondary">未评分</Typography.Text>;
  if (!i.adjustment) return <span>{i.score}</span>;
  return (
    <Space direction="vertical" size={0}>
      <span>
        复核 <strong>{i.adjustment.score}</strong>
      </span>
      <Typography.Text type="secondary">自评 {i.score}</Typography.Text>
      <Typography.Text type="secondary" className="adjust-reason">
        理由：{i.adjustment.reason}
      </Typography.Text>
    </Space>
  );
}

/** 指标值 with its unit where the value does not already say it ("12 月", "95%"). */
export function targetText(i: EvaluationIndicator): string {
  const value = i.targetValue ?? '—';
  const unit = i.unitOfMeasure;
  return unit && unit !== '无' && !value.endsWith(unit) ? `${value} ${unit}` : value;
}

export function TargetCard({
  target,
  draft,
  problems,
  editable,
  mayAdjust,
  onChange,
  onAdjust,
}: {
  target: EvaluationTarget;
  draft: TargetDraft | undefined;
  problems: Record<string, string>;
  editable: boolean;
  mayAdjust: boolean;
  onChange: (change: (d: TargetDraft) => TargetDraft) => void;
  onAdjust: (i: EvaluationIndicator) => void;
}) {
  const e = target.execution;
  const setIndicator = (id: string, field: 'actual' | 'explanation', value: string) =>
    onChange((d) => ({
      ...d,
      indicators: { ...d.indicators, [id]: { ...d.indicators[id], [field]: value } },
    }));
  const columns = [
    {
      title: '指标',
      key: 'name',
      width: 200,
      render: (_: unknown, i: EvaluationIndicator) => (
        <Space direction="vertical" size={0}>
          <Typography.Text type="secondary">{i.level2 ?? i.level1 ?? ''}</Typography.Text>
          <span>{i.name}</span>
        </Space>
      ),
    },
    {
      title: '指标值',
      key: 'target',
      width: 110,
      render: (_: unknown, i: EvaluationIndicator) => targetText(i),
    },
    { title: '分值', dataIndex: 'weight', key: 'weight', width: 70 },
    {
      title: '实际完成值',
      key: 'actual',
      width: 150,
      render: (_: unknown, i: EvaluationIndicator) =>
        editable ? (
          <div>
            <Input
              aria-label={`${i.name}的实际完成值`}
              value={draft?.indicators[i.id]?.actual ?? i.actual ?? ''}
              status={problems[`i:${i.id}:actual`] ? 'error' : ''}
              onChange={(ev) => setIndicator(i.id, 'actual', ev.target.value)}
            />
            {problems[`i:${i.id}:actual`] ? (
              <Typography.Text type="danger" className="cell-problem">
                {problems[`i:${i.id}:actual`]}
              </Typography.Text>
            ) : null}
          </div>
        ) : (
          (i.actual ?? '—')
        ),
    },
    {
      title: '得分',
      key: 'score',
      width: 120,
      render: (_: unknown, i: EvaluationIndicator) => (
        <Space direction="vertical" size={4}>
          <ScoreCell i={i} />
          {mayAdjust && i.status === 'scored' ? (
            <Button size="small" onClick={() => onAdjust(i)}>
              调整得分
            </Button>
          ) : null}
        </Space>
      ),
    },
    {
      title: '得分依据',
      key: 'reason',
      width: 260,
      render: (_: unknown, i: EvaluationIndicator) => <span className="score-reason">{i.reason}</span>,
    },
    {
      title: '偏差原因及改进措施',
      key: 'explanation',
      width: 220,
      render: (_: unknown, i: EvaluationIndicator) =>
        editable ? (
          <div>
            <Input.TextArea
              aria-label={`${i.name}的偏差原因及改进措施`}
              autoSize={{ minRows: 1, maxRows: 4 }}
              value={draft?.indicators[i.id]?.explanation ?? i.explanation ?? ''}
              status={i.explanationMissing ? 'error' : ''}
              onChange={(ev) => setIndicator(i.id, 'explanation', ev.target.value)}
            />
            {i.explanationMissing ? (
              <Typography.Text type="danger" className="cell-problem">
                失分须说明原因和改进措施
              </Typography.Text>
            ) : null}
          </div>
        ) : (
          (i.explanation ?? '')
        ),
    },
  ];
  return (
    <Card
      className="evaluation-target"
      title={
        <Space wrap>
          <span>{target.name}</span>
          <Tag>{target.kind === 'unit' ? '部门（单位）整体' : '项目'}</Tag>
        </Space>
      }
      extra={
        <Space wrap>
          <span>
            自评 <strong>{target.score}</strong>
          </span>
          {target.finalScore !== target.score ? (
            <span>
              复核 <strong>{target.finalScore}</strong>
            </span>
          ) : null}
          <GradeTag grade={target.finalGrade} />
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} className="execution">
        <Descriptions.Item label="全年预算数（万元）">{e.budget ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="全年执行数（万元）">
          {editable ? (
            <div>
              <Input
                aria-label={`${target.name}的全年执行数（万元）`}
                value={draft?.executed ?? e.executed ?? ''}
                status={problems[`t:executed`] ? 'error' : ''}
                onChange={(ev) => onChange((d) => ({ ...d, executed: ev.target.value }))}
              />
              {problems['t:executed'] ? (
                <Typography.Text type="danger" className="cell-problem">
                  {problems['t:executed']}
                </Typography.Text>
              ) : null}
            </div>
          ) : (
            (e.executed ?? '—')
          )}
        </Descriptions.Item>
        <Descriptions.Item label="执行率">{e.rate ? `${e.rate}%` : '—'}</Descriptions.Item>
        <Descriptions.Item label={`执行得分（${e.weight}分）`}>{e.score ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" className="score-reason">
        {e.reason}
      </Typography.Paragraph>
      {editable ? (
        <div className="execution-explanation">
          <Input.TextArea
            aria-label={`${target.name}预算未执行的原因和改进措施`}
            placeholder="预算未全部执行的原因和改进措施"
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={draft?.executionExplanation ?? e.explanation ?? ''}
            status={e.explanationMissing ? 'error' : ''}
            onChange={(ev) => onChange((d) => ({ ...d, executionExplanation: ev.target.value }))}
          />
        </div>
      ) : e.explanation ? (
        <Typography.Paragraph>执行偏差说明：{e.explanation}</Typography.Paragraph>
      ) : null}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={target.indicators}
        scroll={{ x: 1130 }}
      />
      {target.issues.length ? (
        <ul className="target-issues">
          {target.issues.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
