// A region's self-evaluation and monitoring settings (admins): the points of 预算执行率, optional
// points per 一级指标, the grade bands and the monitoring warning margins. The server validates (bands
// in order, shares within 0–100, level points adding up) and says what is wrong; the input stays.
import { Alert, Button, Card, Checkbox, Form, Input, Space, Typography } from 'antd';
import type { EvaluationSettings } from '../../api';
import { evaluationApi } from '../../api';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';
import { useSubmit } from './useSubmit';

const LEVELS = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;
type Level = (typeof LEVELS)[number];

interface Values {
  executionWeight: string;
  byLevel: boolean;
  levelShares?: Partial<Record<Level, string>>;
  grades: EvaluationSettings['grades'];
  monitoring: EvaluationSettings['monitoring'];
}

/** The monitoring margins: field, label, what the error message calls it. */
const MARGINS: readonly [keyof EvaluationSettings['monitoring'], string, string][] = [
  ['executionYellow', '执行进度落后时间进度超过（百分点）为黄色', '黄色预警幅度'],
  ['executionRed', '超过（百分点）为红色', '红色预警幅度'],
  ['indicatorYellow', '指标预计完成目标不低于（%）为黄色，低于为红色', '指标预警比例'],
];

const figure = (label: string) => [
  { required: true, pattern: /^\s*\d+(\.\d+)?\s*$/, message: `请填写${label}（数字）` },
];

export function EvaluationSettingsForm({ region }: { region: string }) {
  const settings = useAsync(() => evaluationApi.settings(region), [region]);
  const { error, busy, submit } = useSubmit();
  const [form] = Form.useForm<Values>();
  const byLevel = Form.useWatch('byLevel', form);
  if (settings.loading) return <PageLoading />;
  const s = settings.data;
  if (!s)
    return (
      <Alert type="warning" showIcon message={`无法读取绩效评价设置：${settings.error?.message ?? ''}`} />
    );
  const initial: Values = {
    executionWeight: s.executionWeight,
    byLevel: s.levelShares !== null,
    levelShares: s.levelShares ?? { 产出指标: '50', 效益指标: '30', 满意度指标: '10' },
    grades: s.grades,
    monitoring: s.monitoring,
  };
  const save = (v: Values) => {
    const shares = Object.fromEntries(
      LEVELS.flatMap((l) => {
        // (the level fields are not sent while unchecked: the form leaves them out)
        const t = v.levelShares?.[l]?.trim();
        return t ? [[l, t]] : [];
      }),
    );
    return evaluationApi.saveSettings(region, {
      executionWeight: v.executionWeight.trim(),
      levelShares: v.byLevel ? shares : null,
      grades: v.grades,
      monitoring: v.monitoring,
    });
  };
  return (
    <Card size="small" title={`地区 ${region} 的绩效评价设置`}>
      {error ? <Alert type="error" showIcon message={error} className="form-alert" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void submit(() => save(v), '已保存绩效评价设置')}
      >
        <Form.Item
          name="executionWeight"
          label="预算执行率分值（绩效指标分享其余分值）"
          rules={figure('分值')}
        >
          <Input inputMode="decimal" style={{ maxWidth: 160 }} />
        </Form.Item>
        <Form.Item name="byLevel" valuePropName="checked">
          <Checkbox>按一级指标分配分值（否则按绩效目标表中各指标的分值）</Checkbox>
        </Form.Item>
        {byLevel ? (
          <Space wrap>
            {LEVELS.map((l) => (
              <Form.Item key={l} name={['levelShares', l]} label={l}>
                <Input inputMode="decimal" style={{ width: 110 }} />
              </Form.Item>
            ))}
          </Space>
        ) : null}
        <Typography.Paragraph strong className="form-group-title">
          等级（最低分，低于“中”为差）
        </Typography.Paragraph>
        <Space wrap>
          {(['优', '良', '中'] as const).map((g) => (
            <Form.Item key={g} name={['grades', g]} label={g} rules={figure(`“${g}”的最低分`)}>
              <Input inputMode="decimal" style={{ width: 110 }} />
            </Form.Item>
          ))}
        </Space>
        <Typography.Paragraph strong className="form-group-title">
          运行监控预警
        </Typography.Paragraph>
        <Space wrap>
          {MARGINS.map(([field, label, what]) => (
            <Form.Item key={field} name={['monitoring', field]} label={label} rules={figure(what)}>
              <Input inputMode="decimal" style={{ width: 110 }} />
            </Form.Item>
          ))}
        </Space>
        <div>
          <Button type="primary" htmlType="submit" loading={busy} className="form-submit">
            保存绩效评价设置
          </Button>
        </div>
      </Form>
    </Card>
  );
}
