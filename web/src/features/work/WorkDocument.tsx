import { Result } from 'antd';

export default function WorkDocument() {
  return <Result status="info" title="即将上线" />;
}
