// A department's published budget: who and which year, downloads (XLSX, PDF, CSV, JSON), a section
// bar, then the document itself (figures, charts, explanation, the standard tables, targets).
import { DownloadOutlined } from '@ant-design/icons';
import { Anchor, Button, Dropdown, Space, Tag } from 'antd';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { api, loadDocument } from '../../api';
import { documentSections, DocumentView } from '../../components/document/DocumentView';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { useAsync } from '../../components/useAsync';
import { yearPairsOfTotals } from '../../layout/document-data';
import { KIND_LABELS, STATE_COLORS, STATE_LABELS } from '../../model/vocabulary';
import { EvaluationResults } from './EvaluationResults';
import { usePdfDownload } from './usePdfDownload';

export default function DocumentPage() {
  const { id = '' } = useParams();
  const doc = useAsync(() => loadDocument(id), [id]);
  const loadSource = useCallback((line: number) => api.sourceLine(id, line), [id]);
  const pdf = usePdfDownload(id);
  // Last year's published budget of the same department, for the year-on-year chart.
  const meta = doc.data;
  const previous = useAsync(
    () =>
      meta?.year && meta.departmentCode && meta.totals
        ? api
            .documents({
              year: meta.year - 1,
              ...(meta.regionCode ? { region: meta.regionCode } : {}),
              kind: meta.kind,
            })
            .then((xs) => xs.find((x) => x.departmentCode === meta.departmentCode && x.totals))
            .then((p) => (p?.totals && meta.totals ? yearPairsOfTotals(meta.totals, p.totals) : null))
            .catch(() => null)
        : Promise.resolve(null),
    [meta],
  );
  if (doc.loading) return <PageLoading />;
  if (doc.error || !doc.data)
    return <ErrorState error={doc.error ?? new Error('无数据')} retry={doc.reload} />;
  const d = doc.data.document;
  const department = 'department' in d && d.department ? d.department.value : (doc.data.department ?? '');
  const state = doc.data.state;
  return (
    <div className="page document-page">
      <header className="doc-header">
        <h1 className="page-title">
          {d.title?.value ?? `${department}${d.year ?? ''}年${KIND_LABELS[d.kind]}`}
        </h1>
        <Space wrap>
          <Tag>{KIND_LABELS[d.kind]}</Tag>
          {d.year ? <Tag>{d.year} 年</Tag> : null}
          {department ? <Tag color="blue">{department}</Tag> : null}
          {state && state !== 'published' ? (
            <Tag color={STATE_COLORS[state]}>{STATE_LABELS[state] ?? state}</Tag>
          ) : null}
          <Dropdown
            menu={{
              items: [
                {
                  key: 'pdf',
                  label: pdf.signedIn ? 'PDF' : 'PDF（登录后生成）',
                  disabled: pdf.busy,
                  onClick: () => void pdf.start(),
                },
                ...(['xlsx', 'csv', 'json'] as const).map((f) => ({
                  key: f,
                  label: (
                    <a href={api.exportUrl(id, f)} download>
                      {f.toUpperCase()}
                    </a>
                  ),
                })),
                {
                  key: 'original',
                  label: (
                    <a href={`/api/documents/${encodeURIComponent(id)}/original`} download>
                      原始文件
                    </a>
                  ),
                },
              ],
            }}
          >
            <Button icon={<DownloadOutlined />} loading={pdf.busy}>
              下载
            </Button>
          </Dropdown>
        </Space>
      </header>
      <div className="doc-anchor">
        <Anchor
          direction="horizontal"
          targetOffset={72}
          items={documentSections(d).map((s) => ({ key: s.key, href: `#${s.key}`, title: s.title }))}
        />
      </div>
      <DocumentView
        doc={d}
        loadSource={loadSource}
        {...(previous.data?.length ? { chartsPrevious: previous.data } : {})}
      />
      <EvaluationResults id={id} />
    </div>
  );
}
