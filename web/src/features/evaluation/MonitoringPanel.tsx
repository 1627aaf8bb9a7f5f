// Monthly monitoring (双监控) of a document's targets: the unit reports, as of a month, the budget
// executed to date and the year's forecast, and per indicator its progress and forecast with the
// deviation's cause, reason, likelihood and correction; the server answers red/yellow/green warnings
// (src/scoring). Earlier records are listed with their warnings.
import { App, Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Monitoring, MonitoringEntry, MonitoringRecord } from '../../api';
import { evaluationApi } from '../../api';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';

const CAUSES = ['经费', '制度', '人员', '硬件', '其他'] as const;
const LIKELIHOODS = ['确定能', '有可能', '完全不可能'] as const;
const WARNING: Record<string, [string, string]> = {
  green: ['green', '绿灯'],
  yellow: ['orange', '黄灯'],
  red: ['red', '红灯'],
};

export function WarningTag({ level }: { level: string }) {
  const [color, label] = WARNING[level] ?? ['default', level];
  return <Tag color={color}>{label}</Tag>;
}

type Row = NonNullable<MonitoringEntry['indicators']>[number];

function EntryForm({ m, onSaved }: { m: Monitoring; onSaved: (r: MonitoringRecord) => void }) {
  const { message } = App.useApp();
  const [targetId, setTargetId] = useState(m.targets[0]?.id ?? '');
  const [month, setMonth] = useState(new Date().getMonth() + 1);
  const [executed, setExecuted] = useState('');
  const [forecast, setForecast] = useState('');
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [busy, setBusy] = useState(false);
  const target = m.targets.find((t) => t.id === targetId);
  const set = (id: string, field: keyof Row, value: string | null) =>
    setRows((r) => ({ ...r, [id]: { ...r[id], id, [field]: value } }));
  const save = async () => {
    setBusy(true);
    try {
      const r = await evaluationApi.saveMonitoring(m.documentId, {
        target: targetId,
        month,
        executed,
        forecastExecuted: forecast || null,
        indicators: Object.values(rows),
      });
      void message.success(`已保存，${r.overall === 'green' ? '运行正常' : '存在偏差预警'}`);
      onSaved(r);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form layout="vertical" className="monitoring-form">
      <Space wrap align="end">
        <Form.Item label="项目（单位）" htmlFor="monitoring-target">
          <Select
            id="monitoring-target"
            className="monitoring-target"
            value={targetId}
            onChange={(v) => {
              setTargetId(v);
              setRows({});
            }}
            options={m.targets.map((t) => ({ value: t.id, label: t.name }))}
          />
        </Form.Item>
        <Form.Item label="截至月份" htmlFor="monitoring-month">
          <Select
            id="monitoring-month"
            value={month}
            onChange={setMonth}
            options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1} 月` }))}
          />
        </Form.Item>
        <Form.Item label={`已执行（万元，预算 ${target?.budget ?? '—'}）`} htmlFor="monitoring-executed">
          <Input id="monitoring-executed" value={executed} onChange={(e) => setExecuted(e.target.value)} />
        </Form.Item>
        <Form.Item label="全年预计执行（万元）" htmlFor="monitoring-forecast">
          <Input id="monitoring-forecast" value={forecast} onChange={(e) => setForecast(e.target.value)} />
        </Form.Item>
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 1100 }}
        dataSource={target?.indicators ?? []}
        columns={[
          { title: '指标', dataIndex: 'name', key: 'name', width: 200 },
          { title: '指标值', dataIndex: 'targetValue', key: 'targetValue', width: 100 },
          ...(['progress', 'forecast'] as const).map((f) => ({
            title: f === 'progress' ? '已完成' : '全年预计',
            key: f,
            width: 110,
            render: (_: unknown, i: { id: string; name: string }) => (
              <Input
                aria-label={`${i.name}${f === 'progress' ? '已完成' : '全年预计'}`}
                value={rows[i.id]?.[f] ?? ''}
                onChange={(e) => set(i.id, f, e.target.value)}
              />
            ),
          })),
          {
            title: '偏差原因分类',
            key: 'cause',
            width: 110,
            render: (_: unknown, i: { id: string; name: string }) => (
              <Select
                aria-label={`${i.name}偏差原因分类`}
                allowClear
                className="monitoring-select"
                value={rows[i.id]?.cause ?? null}
                onChange={(v) => set(i.id, 'cause', v ?? null)}
                options={CAUSES.map((c) => ({ value: c, label: c }))}
              />
            ),
          },
          {
            title: '完成可能性',
            key: 'likelihood',
            width: 120,
            render: (_: unknown, i: { id: string; name: string }) => (
              <Select
                aria-label={`${i.name}完成目标可能性`}
                allowClear
                className="monitoring-select"
                value={rows[i.id]?.likelihood ?? null}
                onChange={(v) => set(i.id, 'likelihood', v ?? null)}
                options={LIKELIHOODS.map((c) => ({ value: c, label: c }))}
              />
            ),
          },
          ...(['reason', 'correction'] as const).map((f) => ({
            title: f === 'reason' ? '原因说明' : '纠偏措施',
            key: f,
            width: 180,
            render: (_: unknown, i: { id: string; name: string }) => (
              <Input.TextArea
                aria-label={`${i.name}${f === 'reason' ? '原因说明' : '纠偏措施'}`}
                autoSize={{ minRows: 1, maxRows: 3 }}
                value={rows[i.id]?.[f] ?? ''}
                onChange={(e) => set(i.id, f, e.target.value)}
              />
            ),
          })),
        ]}
      />
      <Button type="primary" loading={busy} onClick={() => void save()} className="monitoring-save">
        保存监控记录
      </Button>
    </Form>
  );
}

export function MonitoringPanel({ id }: { id: string }) {
  const m = useAsync(() => evaluationApi.monitoring(id), [id]);
  if (m.loading && !m.data) return <PageLoading />;
  if (m.error || !m.data) return <ErrorState error={m.error ?? new Error('无数据')} retry={m.reload} />;
  return (
    <div className="monitoring">
      {m.data.mayEnter ? <EntryForm m={m.data} onSaved={() => m.reload()} /> : null}
      <Typography.Title level={2} className="section-title">
        监控记录
      </Typography.Title>
      <Table
        rowKey={(r) => `${r.target}-${r.month}`}
        size="small"
        pagination={false}
        scroll={{ x: 900 }}
        dataSource={m.data.records}
        locale={{ emptyText: '尚无监控记录' }}
        columns={[
          { title: '月份', dataIndex: 'month', key: 'month', width: 70, render: (v: number) => `${v} 月` },
          { title: '项目（单位）', dataIndex: 'targetName', key: 'targetName', width: 200 },
          {
            title: '执行进度',
            key: 'execution',
            width: 280,
            render: (_: unknown, r: MonitoringRecord) => (
              <Space direction="vertical" size={0}>
                <span>
                  <WarningTag level={r.execution.level} /> {r.execution.message}
                </span>
              </Space>
            ),
          },
          {
            title: '指标预警',
            key: 'indicators',
            width: 320,
            render: (_: unknown, r: MonitoringRecord) => (
              <ul className="warning-list">
                {r.indicators
                  .filter((i) => i.level !== 'green')
                  .map((i) => (
                    <li key={i.id}>
                      <WarningTag level={i.level} /> {i.name}：{i.message}
                      {i.unexplained ? <Typography.Text type="danger">（偏差未说明）</Typography.Text> : null}
                    </li>
                  ))}
              </ul>
            ),
          },
          {
            title: '总体',
            key: 'overall',
            width: 80,
            render: (_: unknown, r: MonitoringRecord) => <WarningTag level={r.overall} />,
          },
        ]}
      />
    </div>
  );
}
