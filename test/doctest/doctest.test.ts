import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { assertionCount } from './check.js';
import { blocksOf, examplesOf, toModule, walk, type Snippet } from './extract.js';

const root = resolve(__dirname, '../..');
const indexPath = join(root, 'src/index.ts');
const outDir = join(root, '.doctest');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const snippets: Snippet[] = [
  ...walk(join(root, 'src'), (f) => f.endsWith('.ts')).flatMap((f) => examplesOf(f, root)),
  ...[join(root, 'README.md'), ...(existsSync(join(root, 'docs')) ? walk(join(root, 'docs'), (f) => f.endsWith('.md') && !f.includes('/docs/api/')) : [])]
    .filter((f) => existsSync(f))
    .flatMap((f) => blocksOf(f, root)),
];
const names = Object.keys(lib);

describe('doctests', () => {
  it('finds examples to run', () => {
    expect(snippets.length).toBeGreaterThan(0);
  });
  snippets.forEach((s, i) => {
    it(s.origin, async () => {
      const before = assertionCount();
      const file = join(outDir, `snippet${i}.ts`);
      writeFileSync(file, toModule(s, indexPath, names));
      await import(pathToFileURL(file).href);
      // Every example shows at least one result.
      expect(assertionCount() - before, `${s.origin} shows no '// =>' result`).toBeGreaterThan(0);
    });
  });
});
