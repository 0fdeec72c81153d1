// Vite config for the web app. Root is web/, output web/dist (served by the Fastify server with SPA fallback).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  server: {
    // Forms reuse the API's zod schemas by relative import from ../src/domain; the dev server denies files
    // outside its root unless allowed here (the build has no such limit).
    fs: { allow: [repoRoot] },
    // In development the API runs separately (`npm start`); the browser talks to one origin so the
    // httpOnly session cookie works without CORS.
    proxy: { '/api': process.env.HUKOU_API_URL ?? 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd + React are one vendor chunk that every route needs; the routes themselves are lazy chunks.
    chunkSizeWarningLimit: 1200,
  },
});
