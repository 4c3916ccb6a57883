import './test/node20-polyfills.js';
import { defineConfig } from 'vitest/config';

// The doctest harness: every `@example` in src/, every fenced ts block in docs/ and README.md.
export default defineConfig({
  test: {
    include: ['test/doctest/**/*.test.ts'],
  },
});
