// The published self-evaluation results drawn (see EvaluationResults.tsx): per project and unit a card
// with budget, execution and score, and its indicators' target → actual and scores in a table; the
// 绩效自评表 to read or download (HTML, XLSX, PDF). Its own
// chunk: Ant Design's table loads only on a page that has published results.
import { Card, Descriptions, Space, Table, Typography } from 'antd';
import type { Evaluation, EvaluationIndicator } from '../../api';
import { SheetLinks } from '../evaluation/SheetLinks';
import { GradeTag, ScoreCell, targetText } from '../evaluation/TargetCard';

export default function EvaluationResultsView({ ev }: { ev: Evaluation }) {
  return (
    <section id="evaluation" className="evaluation-results">
      <Typography.Title level={2} className="section-title">
        绩效自评结果
      </Typography.Title>
      <SheetLinks id={ev.documentId} />
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
