import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Built into dist/ and served by the gateway under /console (same origin: no CORS, no CDN).
 * In development `vite` proxies the API to a gateway on :4000.
 */
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/export.xlsx': 'http://localhost:4000', '/explorer': 'http://localhost:4000' },
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    css: false,
  },
});
