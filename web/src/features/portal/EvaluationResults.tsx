// The published self-evaluation results of a document (绩效自评结果) on its public page: per project
// and unit, budget against executed, each indicator's target against its actual value, the
// self-assessed score, the finance bureau's reviewed score where it differs (with its reason), the
// total and the grade. Nothing is shown until the bureau has published the evaluation.
import { Card, Descriptions, Space, Table, Typography } from 'antd';
import type { Evaluation, EvaluationIndicator } from '../../api';
import { evaluationApi } from '../../api';
import { useAsync } from '../../components/useAsync';
import { GradeTag, ScoreCell, targetText } from '../evaluation/TargetCard';

function Results({ ev }: { ev: Evaluation }) {
  return (
    <section id="evaluation" className="evaluation-results">
      <Typography.Title level={2} className="section-title">
        绩效自评结果
      </Typography.Title>
      {ev.targets.map((t) => (
        <Card
          key={t.id}
          size="small"
          className="evaluation-target"
          title={t.name}
          extra={
            <Space>
              <span>
                得分 <strong>{t.finalScore}</strong>
              </span>
              <GradeTag grade={t.finalGrade} />
            </Space>
          }
        >
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
            <Descriptions.Item label="预算数（万元）">{t.execution.budget ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="执行数（万元）">{t.execution.executed ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="执行率">
              {t.execution.rate ? `${t.execution.rate}%` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="自评得分">{t.score}</Descriptions.Item>
          </Descriptions>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 600 }}
            dataSource={t.indicators}
            columns={[
              { title: '指标', dataIndex: 'name', key: 'name', width: 180 },
              {
                title: '年度目标 → 实际完成',
                key: 'target',
                width: 170,
                render: (_: unknown, i: EvaluationIndicator) => (
                  <span>
                    {targetText(i)} → <strong>{i.actual ?? '—'}</strong>
                  </span>
                ),
              },
              { title: '分值', dataIndex: 'weight', key: 'weight', width: 70 },
              {
                title: '得分',
                key: 'score',
                width: 160,
                render: (_: unknown, i: EvaluationIndicator) => <ScoreCell i={i} />,
              },
            ]}
          />
        </Card>
      ))}
    </section>
  );
}

/** The published results of a document, or nothing while there are none. */
export function EvaluationResults({ id }: { id: string }) {
  const ev = useAsync(() => evaluationApi.evaluation(id).catch(() => null), [id]);
  return ev.data && ev.data.state === 'published' ? <Results ev={ev.data} /> : null;
}
