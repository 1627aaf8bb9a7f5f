// The web app's build: React with Vite, served by `yusuan serve` from web/dist (SPA fallback there).
// Routes are code-split (React.lazy) so the public portal's first load stays small; ECharts loads
// with the chart components only. In development /api goes to a local `yusuan serve` on 8080.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
