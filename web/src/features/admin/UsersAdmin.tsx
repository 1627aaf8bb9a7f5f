// Users and roles: a new account with its role and scope (地区、部门、单位 codes) and an initial
// password; the list with each account's state; changing a role or scope, disabling or enabling an
// account (confirmed first: the user's sessions end), and setting a new password. The server refuses
// what would lock the system out (one's own account, the last admin) and the form shows why.
import { Alert, Button, Card, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { NewUser, Role, UserRecord } from '../../api';
import { api } from '../../api';
import { useSession } from '../../app/session';
import { ErrorState } from '../../components/ErrorState';
import { useAsync } from '../../components/useAsync';
import { useSubmit } from './useSubmit';

export const ROLES: { value: Role; label: string }[] = [
  { value: 'admin', label: '管理员' },
  { value: 'reviewer', label: '财政审核（地区）' },
  { value: 'department', label: '主管部门' },
  { value: 'unit', label: '预算单位' },
];

interface ScopeFields {
  role?: Role;
  region?: string;
  department?: string;
  unit?: string;
}

/** Empty inputs are "no code". */
const code = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** The role select and the three scope codes, shared by the new-user form and the edit dialog. */
function ScopeItems() {
  return (
    <>
      <Form.Item
        name="role"
        label="角色"
        // A validator rather than `required`: Ant Design would put aria-required on the select's wrapper.
        rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('请选择角色'))) }]}
      >
        <Select options={ROLES} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="region" label="地区代码" rules={[{ pattern: /^\d{6}$/, message: '6 位数字' }]}>
        <Input style={{ width: 110 }} placeholder="430100" />
      </Form.Item>
      <Form.Item name="department" label="部门代码" rules={[{ pattern: /^\d{3}$/, message: '3 位数字' }]}>
        <Input style={{ width: 90 }} placeholder="104" />
      </Form.Item>
      <Form.Item name="unit" label="单位代码" rules={[{ pattern: /^\d{6}$/, message: '6 位数字' }]}>
        <Input style={{ width: 100 }} placeholder="104001" />
      </Form.Item>
    </>
  );
}

function EditUser({ user, onClose }: { user: UserRecord; onClose: (changed: boolean) => void }) {
  const { error, busy, submit } = useSubmit();
  const [form] = Form.useForm<ScopeFields>();
  return (
    <Modal
      open
      title={`修改 ${user.name} 的角色与范围`}
      okText="保存"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <p className="muted">保存后该用户需重新登录。留空的代码表示不限。</p>
      {error ? <Alert type="error" showIcon message={error} className="form-alert" /> : null}
      <Form<ScopeFields>
        form={form}
        layout="vertical"
        initialValues={{
          role: user.role,
          region: user.region ?? '',
          department: user.department ?? '',
          unit: user.unit ?? '',
        }}
        onFinish={(v) =>
          void submit(
            () =>
              api.updateUser(user.id, {
                ...(v.role ? { role: v.role } : {}),
                region: code(v.region) ?? null,
                department: code(v.department) ?? null,
                unit: code(v.unit) ?? null,
              }),
            '已保存',
            () => onClose(true),
          )
        }
      >
        <ScopeItems />
      </Form>
    </Modal>
  );
}

function ResetPassword({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const { error, busy, submit } = useSubmit();
  const [form] = Form.useForm<{ password: string }>();
  return (
    <Modal
      open
      title={`为 ${user.name} 设置新密码`}
      okText="设置密码"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <p className="muted">该用户的登录会话随之结束，需用新密码重新登录。</p>
      {error ? <Alert type="error" showIcon message={error} className="form-alert" /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(() => api.resetPassword(user.id, v.password), '已设置新密码', onClose)}
      >
        <Form.Item name="password" label="新密码" rules={[{ required: true, min: 8, message: '至少 8 位' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function UsersAdmin() {
  const { user: me } = useSession();
  const users = useAsync(() => api.users(), []);
  const create = useSubmit();
  const toggle = useSubmit();
  const [form] = Form.useForm<ScopeFields & { name: string; password: string }>();
  const [editing, setEditing] = useState<UserRecord | null>(null);
  const [resetting, setResetting] = useState<UserRecord | null>(null);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card size="small" title="新建用户">
        {create.error ? <Alert type="error" showIcon message={create.error} className="form-alert" /> : null}
        <Form
          form={form}
          layout="inline"
          className="admin-form"
          onFinish={(v) => {
            const body: NewUser = {
              name: v.name.trim(),
              role: v.role ?? 'unit',
              password: v.password,
              ...(code(v.region) ? { region: code(v.region) } : {}),
              ...(code(v.department) ? { department: code(v.department) } : {}),
              ...(code(v.unit) ? { unit: code(v.unit) } : {}),
            };
            void create.submit(
              () => api.createUser(body),
              `已创建用户 ${body.name}`,
              () => (form.resetFields(), users.reload()),
            );
          }}
        >
          <Form.Item name="name" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <ScopeItems />
          <Form.Item
            name="password"
            label="初始密码"
            rules={[{ required: true, min: 8, message: '至少 8 位' }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.busy}>
            创建
          </Button>
        </Form>
      </Card>
      {toggle.error ? (
        <Alert type="error" showIcon message={toggle.error} className="form-alert" closable />
      ) : null}
      {users.error ? (
        <ErrorState error={users.error} retry={users.reload} />
      ) : (
        <Table<UserRecord>
          rowKey="id"
          loading={users.loading}
          dataSource={users.data ?? []}
          scroll={{ x: 860 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description="尚无用户。用上面的表单新建第一个用户。" /> }}
          columns={[
            { title: '用户名', dataIndex: 'name' },
            {
              title: '角色',
              render: (_, u) => <Tag>{ROLES.find((r) => r.value === u.role)?.label ?? u.role}</Tag>,
            },
            { title: '地区', dataIndex: 'region', render: (v: string | null) => v ?? '—' },
            { title: '部门', dataIndex: 'department', render: (v: string | null) => v ?? '—' },
            { title: '单位', dataIndex: 'unit', render: (v: string | null) => v ?? '—' },
            {
              title: '状态',
              render: (_, u) => (u.disabled ? <Tag color="red">已停用</Tag> : <Tag color="green">启用</Tag>),
            },
            {
              title: '操作',
              render: (_, u) => {
                const self = me?.id === u.id;
                return (
                  <Space size="small" wrap>
                    <Button size="small" onClick={() => setEditing(u)} aria-label={`修改角色：${u.name}`}>
                      修改角色
                    </Button>
                    <Button size="small" onClick={() => setResetting(u)} aria-label={`重置密码：${u.name}`}>
                      重置密码
                    </Button>
                    <Popconfirm
                      title={u.disabled ? `启用 ${u.name}？` : `停用 ${u.name}？`}
                      description={
                        u.disabled ? '该用户可以重新登录。' : '该用户将不能登录，其会话和 API 令牌立即失效。'
                      }
                      okText={u.disabled ? '启用' : '停用'}
                      cancelText="取消"
                      disabled={self}
                      onConfirm={() =>
                        void toggle.submit(
                          () => api.updateUser(u.id, { disabled: !u.disabled }),
                          u.disabled ? `已启用 ${u.name}` : `已停用 ${u.name}`,
                          users.reload,
                        )
                      }
                    >
                      <Button
                        size="small"
                        danger={!u.disabled}
                        disabled={self}
                        title={self ? '不能停用自己的账号' : undefined}
                      >
                        {u.disabled ? '启用' : '停用'}
                      </Button>
                    </Popconfirm>
                  </Space>
                );
              },
            },
          ]}
        />
      )}
      {editing ? (
        <EditUser
          user={editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) users.reload();
          }}
        />
      ) : null}
      {resetting ? <ResetPassword user={resetting} onClose={() => setResetting(null)} /> : null}
    </Space>
  );
}
