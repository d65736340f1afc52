import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the backend under /admin/; in dev the API is proxied to the backend on port 3000.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom', '@tanstack/react-query'] },
  server: {
    port: 5174,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd is large; operator pages are lazy routes so the login page loads only what it uses.
    chunkSizeWarningLimit: 1024,
  },
});
