// Entry: Ant Design in Chinese (zh_CN, dayjs zh-cn), the router, the session.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchDocument } from './api';
import { App } from './app/App';
import './styles.css';

const open = /^\/documents\/([^/]+)$/.exec(location.pathname);
if (open?.[1]) {
  prefetchDocument(decodeURIComponent(open[1]));
  // The page's code too, while React starts (the route's lazy import then finds it loaded).
  void import('./features/portal/DocumentPage');
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
