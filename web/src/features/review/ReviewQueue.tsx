import { Result } from 'antd';

export default function ReviewQueue() {
  return <Result status="info" title="即将上线" />;
}
