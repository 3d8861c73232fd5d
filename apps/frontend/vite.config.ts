import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  server: {
    // `npm run dev` talks to a backend on :3000 (or the stack's nginx) through this proxy.
    proxy: { '/api': process.env.AGORA_API_URL ?? 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // Read by scripts/bundle-size.mjs to add up what the first page downloads.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Mantine forms in jsdom are slow on a loaded 2-core machine; this is a hang guard, not a speed check.
    testTimeout: 20_000,
  },
});
