import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const sharedEntry = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Vendor groups, so that vendors cache well across releases. antd itself is left out on purpose:
 * its per-component modules then split along the lazy routes instead of forming one 1 MB chunk.
 */
const VENDOR_GROUPS = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
  { name: 'vendor-icons', test: /node_modules[\\/]@ant-design[\\/]icons/ },
  { name: 'vendor-rc', test: /node_modules[\\/](@rc-component|rc-[^\\/]+|@ant-design|dayjs)[\\/]/ },
];

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: { '@ipp/shared': sharedEntry },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
});
