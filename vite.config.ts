/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // relative base: the build works from any sub-folder of a static host
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    rolldownOptions: { optimization: { inlineConst: false } },
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
