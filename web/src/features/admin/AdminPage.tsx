import { Result } from 'antd';

export default function AdminPage() {
  return <Result status="info" title="即将上线" />;
}
