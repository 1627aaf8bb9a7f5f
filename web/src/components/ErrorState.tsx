import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { ApiError } from '../api/http';

/** A failed load: not found (also what another department's draft looks like), or an error to retry. */
export function ErrorState({ error, retry }: { error: Error; retry?: () => void }) {
  if (error instanceof ApiError && error.status === 404)
    return (
      <Result
        status="404"
        title="未找到"
        subTitle="该文件不存在，或您无权查看。"
        extra={
          <Link to="/">
            <Button type="primary">返回首页</Button>
          </Link>
        }
      />
    );
  if (error instanceof ApiError && error.status === 401)
    return (
      <Result
        status="403"
        title="请先登录"
        subTitle={error.message}
        extra={
          <Link to="/login">
            <Button type="primary">登录</Button>
          </Link>
        }
      />
    );
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={error.message}
      extra={retry ? <Button onClick={retry}>重试</Button> : null}
    />
  );
}
