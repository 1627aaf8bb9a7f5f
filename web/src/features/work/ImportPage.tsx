// Import by drag and drop: each file uploads with a progress bar, is imported and reviewed by the
// server, and shows its findings count with a link to the document; a refused file says why.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, List, Progress, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { api } from '../../api';
import { useSession } from '../../app/session';
import { PageLoading } from '../../components/PageLoading';

interface Item {
  uid: string;
  name: string;
  percent: number;
  status: 'uploading' | 'done' | 'error';
  id?: string;
  duplicate?: boolean;
  counts?: { error: number; warning: number; info: number };
  message?: string;
}

export default function ImportPage() {
  const { user, loading } = useSession();
  const [items, setItems] = useState<Item[]>([]);
  if (loading) return <PageLoading />;
  if (!user) return <Navigate to="/login?next=/work/import" replace />;
  const update = (uid: string, patch: Partial<Item>) =>
    setItems((xs) => xs.map((x) => (x.uid === uid ? { ...x, ...patch } : x)));
  const start = (file: File & { uid?: string }) => {
    const uid = file.uid ?? `${file.name}-${Date.now()}`;
    setItems((xs) => [{ uid, name: file.name, percent: 0, status: 'uploading' }, ...xs]);
    api
      .upload(file, (p) => update(uid, { percent: p }))
      .then(
        ({ status, body }) => {
          const counts = { error: 0, warning: 0, info: 0 };
          for (const f of body.findings ?? []) counts[f.severity as keyof typeof counts]++;
          update(uid, { status: 'done', percent: 100, id: body.id, duplicate: status === 200, counts });
        },
        (e: unknown) => update(uid, { status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
  };
  return (
    <div className="page">
      <Typography.Title level={2}>导入预算文件</Typography.Title>
      <Typography.Paragraph type="secondary">
        支持部门预算公开文件、重点项目绩效目标和绩效目标申报表：文本（UTF-8、GBK 等编码）、Excel（.xlsx）和
        PDF。导入后自动审核，并列出发现的问题。
      </Typography.Paragraph>
      <Upload.Dragger
        multiple
        showUploadList={false}
        accept=".txt,.md,.csv,.xlsx,.xls,.pdf,.json"
        customRequest={({ file }) => start(file as File & { uid?: string })}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">将文件拖到此处，或点击选择文件</p>
        <p className="ant-upload-hint">单个文件不超过 20 MB；同一文件重复上传不会产生重复记录。</p>
      </Upload.Dragger>
      <List
        className="import-list"
        dataSource={items}
        locale={{ emptyText: '尚未导入文件' }}
        renderItem={(i) => (
          <List.Item
            actions={
              i.id
                ? [
                    <Link key="open" to={`/work/documents/${i.id}`}>
                      <Button type="primary" size="small">
                        查看并处理
                      </Button>
                    </Link>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={i.name}
              description={
                i.status === 'uploading' ? (
                  <Progress
                    percent={i.percent}
                    size="small"
                    status="active"
                    aria-label={`${i.name} 上传进度`}
                  />
                ) : i.status === 'error' ? (
                  <Alert type="error" showIcon message={i.message} />
                ) : (
                  <span>
                    {i.duplicate ? <Tag>已导入过</Tag> : <Tag color="green">已导入</Tag>}
                    审核发现：<Tag color="red">错误 {i.counts?.error ?? 0}</Tag>
                    <Tag color="orange">警告 {i.counts?.warning ?? 0}</Tag>
                    <Tag color="blue">提示 {i.counts?.info ?? 0}</Tag>
                  </span>
                )
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
