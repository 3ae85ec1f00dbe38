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
    // Monaco (the workbench's editor, loaded only there) is one large chunk by nature.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React Compiler runtime marks modules "use no memo"; bundling them is harmless.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use no memo')) return;
        warn(warning);
      },
    },
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
