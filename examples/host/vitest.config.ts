import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

// The host's own unit tests: the package's components on the package's own mock backend, in jsdom.
export default defineProject({
  root: import.meta.dirname,
  plugins: [react()],
  test: {
    name: 'host',
    environment: 'jsdom',
    include: ['src/**/*.test.tsx'],
    setupFiles: ['src/test-setup.ts'],
    globalSetup: ['vitest.global-setup.ts'],
  },
});
