import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the backend at `/`; in dev the API is proxied to the backend on port 3000.
export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom', '@tanstack/react-query'] },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
