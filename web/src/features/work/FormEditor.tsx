import { Result } from 'antd';

export default function FormEditor() {
  return <Result status="info" title="即将上线" />;
}
