// Administration: users and their roles, regions (行政区划), departments and units, and each region's
// settings (whether the 主管部门 step is required, 申报截止日期 per year; the self-evaluation's points,
// grade bands and monitoring margins). Forms keep their input when
// the server refuses them and say why.
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Tabs,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Navigate } from 'react-router';
import type { Department, Region, RegionSettings } from '../../api';
import { api } from '../../api';
import { useSession } from '../../app/session';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';
import { EvaluationSettingsForm } from './EvaluationSettings';
import { UsersAdmin } from './UsersAdmin';
import { useSubmit } from './useSubmit';

function Regions({ onPick }: { onPick: (code: string) => void }) {
  const regions = useAsync(() => api.regions(), []);
  const { error, busy, submit } = useSubmit();
  const [form] = Form.useForm<{ code: string; name: string }>();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card size="small" title="新建或重命名行政区划">
        {error ? <Alert type="error" showIcon message={error} className="form-alert" /> : null}
        <Form
          form={form}
          layout="inline"
          onFinish={(v) => void submit(() => api.saveRegion(v.code, v.name), '已保存', regions.reload)}
        >
          <Form.Item
            name="code"
            label="代码"
            rules={[{ required: true, pattern: /^\d{6}$/, message: '6 位行政区划代码' }]}
          >
            <Input style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="name" label="名称" rules={[{ required: true, message: '请输入名称' }]}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            保存
          </Button>
        </Form>
      </Card>
      <Table<Region>
        rowKey="code"
        loading={regions.loading}
        dataSource={regions.data ?? []}
        columns={[
          { title: '代码', dataIndex: 'code' },
          { title: '名称', dataIndex: 'name' },
          {
            title: '级别',
            render: (_, r) => ({ province: '省', city: '市', county: '县' })[r.level ?? ''] ?? r.level,
          },
          {
            title: '',
            render: (_, r) => (
              <Button size="small" onClick={() => onPick(r.code)}>
                部门与设置
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}

function Departments({ region }: { region: string }) {
  const deps = useAsync(() => api.departments(region || undefined), [region]);
  if (deps.error) return <ErrorState error={deps.error} retry={deps.reload} />;
  return (
    <Table<Department>
      rowKey="id"
      loading={deps.loading}
      dataSource={deps.data ?? []}
      scroll={{ x: 560 }}
      locale={{ emptyText: <Empty description="该地区尚无部门。导入部门预算文件时会自动建立部门。" /> }}
      columns={[
        { title: '部门代码', dataIndex: 'code' },
        { title: '名称', dataIndex: 'name' },
        { title: '地区', dataIndex: 'regionCode' },
        { title: '文件数', dataIndex: 'documents' },
        { title: '年度', render: (_, d) => d.years.join('、') },
      ]}
    />
  );
}

function Settings({ region }: { region: string }) {
  const settings = useAsync(() => (region ? api.regionSettings(region) : Promise.resolve(null)), [region]);
  const { error, busy, submit } = useSubmit();
  if (!region) return <Empty description="请先在“行政区划”中选择地区" />;
  if (settings.loading) return <PageLoading />;
  const initial: RegionSettings = settings.data ?? { departmentStep: true, deadlines: [] };
  return (
    <Card size="small" title={`地区 ${region} 的审核设置`}>
      {settings.error ? (
        <Alert
          type="warning"
          showIcon
          message={`无法读取当前设置：${settings.error.message}`}
          className="form-alert"
        />
      ) : null}
      {error ? <Alert type="error" showIcon message={error} className="form-alert" /> : null}
      <Form<{ departmentStep: boolean; deadlines: { year: number; date: dayjs.Dayjs }[] }>
        layout="vertical"
        initialValues={{
          departmentStep: initial.departmentStep,
          deadlines: initial.deadlines.map((d) => ({ year: d.year, date: dayjs(d.date) })),
        }}
        onFinish={(v) =>
          void submit(
            () =>
              api.saveRegionSettings(region, {
                departmentStep: v.departmentStep,
                deadlines: (v.deadlines ?? []).map((d) => ({
                  year: d.year,
                  date: d.date.format('YYYY-MM-DD'),
                })),
              }),
            '已保存设置',
          )
        }
      >
        <Form.Item name="departmentStep" valuePropName="checked">
          <Checkbox>提交后须先经主管部门审核，再由财政审核</Checkbox>
        </Form.Item>
        <Typography.Text strong>申报截止日期</Typography.Text>
        <Form.List name="deadlines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item
                    name={[f.name, 'year']}
                    label="年度"
                    rules={[{ required: true, message: '年度' }]}
                  >
                    <InputNumber min={2000} max={2100} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'date']}
                    label="截止日期"
                    rules={[{ required: true, message: '日期' }]}
                  >
                    <DatePicker />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)}>删除</Button>
                </Space>
              ))}
              <div>
                <Button onClick={() => add({ year: new Date().getFullYear() + 1 })}>添加年度截止日期</Button>
              </div>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={busy} className="form-submit">
          保存设置
        </Button>
      </Form>
    </Card>
  );
}

export default function AdminPage() {
  const { user, loading } = useSession();
  const [region, setRegion] = useState('');
  const [tab, setTab] = useState('users');
  if (loading) return <PageLoading />;
  if (!user) return <Navigate to="/login?next=/admin" replace />;
  if (user.role !== 'admin')
    return <ErrorState error={Object.assign(new Error('仅管理员可以访问系统管理'), {})} />;
  return (
    <div className="page">
      <Typography.Title level={2}>系统管理</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'users', label: '用户与角色', children: <UsersAdmin /> },
          {
            key: 'regions',
            label: '行政区划',
            children: <Regions onPick={(c) => (setRegion(c), setTab('departments'))} />,
          },
          {
            key: 'departments',
            label: `部门与单位${region ? `（${region}）` : ''}`,
            children: <Departments region={region} />,
          },
          {
            key: 'settings',
            label: '地区设置',
            children: (
              <Space direction="vertical" size="large" style={{ width: '100%' }}>
                <Settings region={region} />
                {region ? <EvaluationSettingsForm region={region} /> : null}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
