// Sign-in: name and password; a wrong password keeps what was typed and says why (the server's
// message, e.g. too many attempts). After signing in, the work area (or the page asked for).
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';

export default function LoginPage() {
  const { login } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { name: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.name, v.password);
      void navigate(params.get('next') ?? '/work');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="page login-page">
      <Card className="login-card">
        <Typography.Title level={2}>登录</Typography.Title>
        <Typography.Paragraph type="secondary">
          预算单位、主管部门、财政审核人员和管理员登录后进入工作台。公众查阅无需登录。
        </Typography.Paragraph>
        {error ? <Alert type="error" showIcon message={error} className="form-alert" role="alert" /> : null}
        <Form
          layout="vertical"
          onFinish={(v: { name: string; password: string }) => void submit(v)}
          requiredMark={false}
        >
          <Form.Item label="用户名" name="name" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
