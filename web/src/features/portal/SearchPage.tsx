// Search across departments, projects and indicators (Chinese substring, ranked by the server),
// with the matched words highlighted.
import { Empty, Input, List, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { SearchHit } from '../../api';
import { api } from '../../api';
import { ErrorState } from '../../components/ErrorState';
import { useAsync } from '../../components/useAsync';

const TYPE_LABELS: Record<string, string> = {
  department: '部门',
  project: '项目',
  indicator: '指标',
  document: '文件',
};

/** Marks every occurrence of the query in a text (the server's highlight, if given, is plain text). */
function Highlight({ text, q }: { text: string; q: string }) {
  if (!q) return <>{text}</>;
  const parts = text.split(q);
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {p}
          {i < parts.length - 1 ? <mark>{q}</mark> : null}
        </span>
      ))}
    </>
  );
}

export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const hits = useAsync(() => (q ? api.search(q) : Promise.resolve([] as SearchHit[])), [q]);
  return (
    <div className="page">
      <Typography.Title level={2}>搜索</Typography.Title>
      <Input.Search
        aria-label="搜索部门、项目和指标"
        placeholder="输入部门、项目或指标名称，如“办公”“满意度”"
        defaultValue={q}
        enterButton="搜索"
        size="large"
        allowClear
        onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
      />
      {hits.error ? (
        <ErrorState error={hits.error} retry={hits.reload} />
      ) : (
        <List<SearchHit>
          className="search-results"
          loading={hits.loading && !!q}
          dataSource={hits.data ?? []}
          locale={{
            emptyText: <Empty description={q ? `没有找到与“${q}”相关的公开内容` : '输入关键词开始搜索'} />,
          }}
          renderItem={(h) => {
            const id = h.documentId ?? h.id;
            return (
              <List.Item>
                <List.Item.Meta
                  title={
                    <span>
                      <Tag>{TYPE_LABELS[h.type] ?? h.type}</Tag>
                      {id ? (
                        <Link to={`/documents/${id}`}>
                          <Highlight text={h.title} q={q} />
                        </Link>
                      ) : (
                        <Highlight text={h.title} q={q} />
                      )}
                    </span>
                  }
                  description={
                    <span>
                      {h.department ? `${h.department} · ` : ''}
                      {h.year ? `${h.year} 年 · ` : ''}
                      {h.snippet ? <Highlight text={h.snippet} q={q} /> : null}
                    </span>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
    </div>
  );
}
