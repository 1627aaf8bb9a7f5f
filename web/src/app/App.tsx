// The application: Ant Design configured for Chinese, routes loaded on demand (each page its own chunk,
// so the public portal does not download the work areas), and the signed-in user's session.
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { PageLoading } from '../components/PageLoading';
import { SessionProvider } from './session';
import { Shell } from './Shell';

dayjs.locale('zh-cn');

const PortalHome = lazy(() => import('../features/portal/PortalHome'));
const DocumentPage = lazy(() => import('../features/portal/DocumentPage'));
const RegionOverview = lazy(() => import('../features/portal/RegionOverview'));
const SearchPage = lazy(() => import('../features/portal/SearchPage'));
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const WorkHome = lazy(() => import('../features/work/WorkHome'));
const ImportPage = lazy(() => import('../features/work/ImportPage'));
const WorkDocument = lazy(() => import('../features/work/WorkDocument'));
const FormEditor = lazy(() => import('../features/work/FormEditor'));
const EvaluationWork = lazy(() => import('../features/evaluation/EvaluationWork'));
const ReviewQueue = lazy(() => import('../features/review/ReviewQueue'));
const AdminPage = lazy(() => import('../features/admin/AdminPage'));
const NotFound = lazy(() => import('../features/portal/NotFound'));

export function App() {
  return (
    <ConfigProvider
      locale={zhCN}
      theme={{
        token: {
          colorPrimary: '#b71c1c',
          borderRadius: 4,
          // Secondary text dark enough for WCAG AA contrast (4.5:1) on white.
          colorLink: '#0958d9',
          colorError: '#cf1322',
          colorTextDescription: 'rgba(0, 0, 0, 0.62)',
          colorTextSecondary: 'rgba(0, 0, 0, 0.62)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.58)',
          fontFamily:
            '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif',
        },
      }}
    >
      <AntApp>
        <BrowserRouter>
          <SessionProvider>
            <Shell>
              <Suspense fallback={<PageLoading />}>
                <Routes>
                  <Route path="/" element={<PortalHome />} />
                  <Route path="/documents/:id" element={<DocumentPage />} />
                  <Route path="/overview" element={<RegionOverview />} />
                  <Route path="/search" element={<SearchPage />} />
                  <Route path="/login" element={<LoginPage />} />
                  <Route path="/work" element={<WorkHome />} />
                  <Route path="/work/import" element={<ImportPage />} />
                  <Route path="/work/documents/:id" element={<WorkDocument />} />
                  <Route path="/work/documents/:id/evaluation" element={<EvaluationWork />} />
                  <Route path="/work/forms/new" element={<FormEditor />} />
                  <Route path="/review" element={<ReviewQueue />} />
                  <Route path="/admin" element={<AdminPage />} />
                  <Route path="*" element={<NotFound />} />
                </Routes>
              </Suspense>
            </Shell>
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
