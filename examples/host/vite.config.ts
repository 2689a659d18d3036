import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A host's own build: it knows nothing of the component set's sources, only the installed package.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // The tarball is reinstalled after every pack; do not serve a pre-bundled copy of an older one.
  optimizeDeps: { exclude: ['inro-ai-credits'] },
});
