// The PDF of a document, or of its self-evaluation forms (绩效自评表): the server renders it as a
// background job (POST /api/documents/{id}/pdf?content=…),
// the page follows the job with a progress message and downloads the file when it is done. Rendering
// needs an account (the queue is not open to anonymous callers), so anonymous readers are sent to sign
// in first and come back to the page.
import { App } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api';
import { useSession } from '../../app/session';

const POLL_MS = 1000;
const GIVE_UP_MS = 180_000;

export function usePdfDownload(id: string, content: 'document' | 'evaluation' = 'document') {
  const { message } = App.useApp();
  const { user } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    if (!user) {
      void navigate(`/login?next=${encodeURIComponent(window.location.pathname)}`);
      return;
    }
    if (busy) return;
    setBusy(true);
    const key = `pdf-${content}-${id}`;
    void message.open({ key, type: 'loading', content: '正在生成 PDF…', duration: 0 });
    try {
      const job = await api.renderPdf(id, content);
      const until = Date.now() + GIVE_UP_MS;
      for (;;) {
        const j = await api.job(job.id);
        if (j.state === 'completed') break;
        if (j.state === 'failed') throw new Error(j.error?.message ?? '生成 PDF 失败');
        if (Date.now() > until) throw new Error('生成 PDF 超时，请稍后再试');
        void message.open({
          key,
          type: 'loading',
          content: j.state === 'queued' ? '排队等待生成 PDF…' : `正在生成 PDF…${Math.round(j.progress)}%`,
          duration: 0,
        });
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      const a = document.createElement('a');
      a.href = api.jobResultUrl(job.id);
      a.download = '';
      document.body.append(a);
      a.click();
      a.remove();
      void message.open({ key, type: 'success', content: 'PDF 已生成，开始下载', duration: 3 });
    } catch (e) {
      void message.open({
        key,
        type: 'error',
        content: e instanceof Error ? e.message : String(e),
        duration: 6,
      });
    } finally {
      setBusy(false);
    }
  };
  return { start, busy, signedIn: Boolean(user) };
}
