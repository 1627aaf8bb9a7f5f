// What awaits the signed-in user (the workflow's inbox): documents to review, returned documents with
// the opinion, deadlines near or past. Hidden when empty or when the server has no inbox.
import { Alert, List, Tag } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api';
import { useAsync } from '../../components/useAsync';

export function Inbox() {
  const inbox = useAsync(() => api.inbox().catch(() => []), []);
  const items = inbox.data ?? [];
  if (!items.length) return null;
  return (
    <Alert
      className="inbox"
      type="warning"
      message={`待办事项（${items.length}）`}
      description={
        <List
          size="small"
          dataSource={items}
          renderItem={(i) => (
            <List.Item>
              <span>
                {i.overdue ? (
                  <Tag color="red">已逾期</Tag>
                ) : i.deadline ? (
                  <Tag color="orange">截止 {i.deadline}</Tag>
                ) : null}
                {i.reason === 'returned' ? (
                  <Tag color="red">已退回</Tag>
                ) : i.reason === 'awaiting' ? (
                  <Tag color="blue">待我处理</Tag>
                ) : (
                  <Tag>草稿</Tag>
                )}
                <Link to={`/work/documents/${i.documentId}`}>{i.title ?? i.department ?? i.documentId}</Link>
                {i.year ? <span className="muted"> · {i.year} 年</span> : null}
                {i.opinion ? <span className="muted">：{i.opinion}</span> : null}
              </span>
            </List.Item>
          )}
        />
      }
    />
  );
}
