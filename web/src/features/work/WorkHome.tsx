import { Result } from 'antd';

export default function WorkHome() {
  return <Result status="info" title="即将上线" />;
}
