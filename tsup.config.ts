import { defineConfig } from 'tsup';

// ESM is emitted file by file (no bundling), so that a bundler honouring "sideEffects": false
// drops every module an application does not import: one metric costs a few kB, not the library.
// CJS (for require()) is one bundled file per entry point (the root, and customer-metrics/report);
// the declarations are bundled once for each format and entry point.
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    dts: false,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist/esm',
  },
  {
    entry: { index: 'src/index.ts', report: 'src/report/render/index.ts' },
    format: ['cjs', 'esm'],
    dts: { only: true },
    outDir: 'dist',
    target: 'es2022',
  },
  {
    entry: { index: 'src/index.ts', report: 'src/report/render/index.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
  },
]);
