import './test/node20-polyfills.js';
import { defineConfig } from 'vitest/config';

// Runs the scripts of examples/ against the built package (npm run build first).
export default defineConfig({
  test: {
    include: ['test/examples/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
