// The 绩效自评表 of a document's evaluation as files: the forms to read in a new tab (HTML), the
// workbook (XLSX) and the PDF (a render job followed to its download). Served by the same visibility
// rules as the evaluation; the forms carry the bureau's adjusted scores with their reasons.
import { DownloadOutlined, FileTextOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { evaluationApi } from '../../api';
import { usePdfDownload } from '../portal/usePdfDownload';

export function SheetLinks({ id }: { id: string }) {
  const pdf = usePdfDownload(id, 'evaluation');
  return (
    <Space wrap className="evaluation-sheet-links">
      <Button
        icon={<FileTextOutlined />}
        href={evaluationApi.sheetUrl(id, 'html')}
        target="_blank"
        rel="noopener"
      >
        查看自评表
      </Button>
      <Button icon={<DownloadOutlined />} href={evaluationApi.sheetUrl(id, 'xlsx')} download>
        下载自评表 XLSX
      </Button>
      <Button icon={<FilePdfOutlined />} loading={pdf.busy} onClick={() => void pdf.start()}>
        {pdf.signedIn ? '下载自评表 PDF' : '登录后下载自评表 PDF'}
      </Button>
    </Space>
  );
}
