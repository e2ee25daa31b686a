import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The demo runs on the library's source (the `source` export condition), so edits in packages/core
// show up without a build. Setting conditions replaces Vite's defaults, so they follow ours.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // localhost only, fixed port: the mock allows exactly this origin for CORS and cookies.
  // Warm-up transforms the app before the first request, so a journey's first page load is not the slow one.
  server: { host: 'localhost', port: 5173, strictPort: true, warmup: { clientFiles: ['./src/main.tsx'] } },
  preview: { host: 'localhost', port: 5173, strictPort: true },
});
