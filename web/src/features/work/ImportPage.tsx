import { Result } from 'antd';

export default function ImportPage() {
  return <Result status="info" title="即将上线" />;
}
