// The console's web app (operator console and buyer portal): React + Vite. `npm run web:build` writes dist/, which
// the console serves at `/` (apps/console/src/web-app). `npm run web:dev` serves the sources with hot reload on
// :5173 and forwards the APIs to the console's origin on :3000 (its dev proxy reaches every service).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const consoleOrigin = 'http://localhost:3000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, assetsDir: 'assets', sourcemap: false },
  server: { port: 5173, strictPort: true, proxy: { '/v1': consoleOrigin, '/health': consoleOrigin } },
  preview: { port: 5173 },
});
