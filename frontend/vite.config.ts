import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The dev server forwards /api to the API started by `./lotse run` (port LOTSE_API_PORT, default 8080),
// so the app and the API share one origin during development.
const apiTarget = `http://localhost:${process.env.LOTSE_API_PORT ?? '8080'}`;

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    // The build prints every file with its size and gzip size; keep the report complete.
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change far less often than the app, so browsers
        // keep them cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15000,
  },
});
