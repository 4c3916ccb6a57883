// Which tests to run against a mutant of a source file: the test files that import it, directly
// or through other modules (the package root's re-exports resolved to the modules defining the
// names imported). Shared by the Stryker command (test/mutant-command.mjs) and the survivor
// re-check (test/recheck-mutants.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';

const root = process.cwd();

/** Every `.ts` file under `dir`, as paths relative to the sandbox root. */
export function tsFiles(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (entry.name.endsWith('.ts')) out.push(relative(root, path));
  }
  return out;
}

/** Name → file of the package root's re-exports (`export { a, type B } from './x.js'`). */
let rootExports;
function exportedFrom() {
  if (rootExports) return rootExports;
  rootExports = new Map();
  const text = readFileSync(join(root, 'src/index.ts'), 'utf8');
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"](\.[^'"]+)['"]/g)) {
    const file = relative(root, resolve(root, 'src', m[2].replace(/\.js$/, '.ts')));
    for (const name of m[1].split(',')) {
      const local = name.replace(/^\s*type\s+/, '').split(/\s+as\s+/).pop().trim();
      if (local) rootExports.set(local, file);
    }
  }
  return rootExports;
}

/**
 * Relative imports of a file, resolved to `.ts` files that exist. An import from the package
 * root counts as imports of the modules that define the names imported, so that a test reaches
 * only what it uses.
 */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const out = [];
  for (const match of text.matchAll(/(?:import|export)\s*(type\s+)?(\{[^}]*\}|[\w*\s,]+)?\s*(?:from\s*)?['"](\.{1,2}\/[^'"]+)['"]|import\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const spec = match[3] ?? match[4];
    const base = resolve(dirname(file), spec);
    const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts'), base];
    const found = candidates.find((c) => c.endsWith('.ts') && existsSync(c));
    if (!found) continue;
    const target = relative(root, found);
    if (target === 'src/index.ts' && match[2]?.startsWith('{')) {
      const names = match[2].slice(1, -1).split(',');
      for (const name of names) {
        const imported = name.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0].trim();
        const from = exportedFrom().get(imported);
        if (from) out.push(from);
      }
    } else out.push(target);
  }
  return out;
}

/** Mutant id → source file, and test file → distance to each source file, cached per sandbox. */
export function loadMap(useCache = true) {
  const cache = join(root, '.mutant-map.json');
  if (useCache && existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, 'utf8'));
    // A map of sources with no mutants in them (made outside a Stryker sandbox) sends every mutant
    // to the area's fallback tests: ignore it and scan again.
    if (Object.keys(cached.mutantFile).length > 0) return cached;
  }
  const mutantFile = {};
  for (const file of tsFiles(join(root, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/stryMutAct_9fa48\("(\d+)"\)/g)) mutantFile[m[1]] = file;
  }
  const graph = new Map();
  const edges = (file) => {
    if (!graph.has(file)) graph.set(file, importsOf(file));
    return graph.get(file);
  };
  const testDistance = {};
  const tests = tsFiles(join(root, 'test')).filter(
    (f) => f.endsWith('.test.ts') && !f.startsWith('test/fuzz/') && !f.includes('browser-e2e') && !f.startsWith('test/doctest/') && !f.startsWith('test/examples/'),
  );
  for (const test of tests) {
    const dist = {};
    let frontier = [test];
    for (let depth = 1; frontier.length > 0; depth++) {
      const next = [];
      for (const file of frontier) {
        for (const dep of edges(file)) {
          if (dist[dep] !== undefined) continue;
          dist[dep] = depth;
          next.push(dep);
        }
      }
      frontier = next;
    }
    testDistance[test] = dist;
  }
  const map = { mutantFile, testDistance };
  if (!useCache || Object.keys(mutantFile).length === 0) return map;
  const tmp = `${cache}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify(map));
  renameSync(tmp, cache);
  return map;
}

/** The tests to run for a mutant in `file`: the nearest importers, the area's own first. */
export function testsFor(file, map, area) {
  const related = Object.entries(map.testDistance)
    .filter(([, dist]) => dist[file] !== undefined)
    .map(([test, dist]) => ({ test, depth: dist[file], own: test.startsWith(`test/${area}/`) }));
  if (related.length === 0) return [];
  // An area's mutants get the area's own tests that reach them. Core modules are exercised mostly
  // by other areas' tests: they get the nearest tests (by import distance), at most 12.
  const own = related.filter((r) => r.own);
  if (own.length > 0 && area !== 'core') return own.map((r) => r.test);
  // The tests named after the mutated file (test/core/x.test.ts, x.mutants.test.ts for src/core/x.ts)
  // always run, whatever the cap.
  const stem = `test/${area}/${basename(file, '.ts')}.`;
  const named = related.filter((r) => r.test.startsWith(stem)).map((r) => r.test);
  const nearest = Math.min(...related.map((r) => r.depth));
  const rest = related
    .filter((r) => r.depth <= nearest + 1 && !r.test.startsWith(stem))
    .sort((a, b) => a.depth - b.depth || Number(b.own) - Number(a.own) || a.test.localeCompare(b.test))
    .slice(0, Math.max(0, 12 - named.length))
    .map((r) => r.test);
  return [...named, ...rest];
}

/** The tests an area falls back to (Stryker's dry run; a file no test imports). */
export function areaTests(area) {
  return area === 'core' ? ['test/core', 'test/retention', 'test/survey', 'test/events'] : [`test/${area}`];
}

/**
 * vitest's options for one mutant: stop at the first failure, worker threads, and no isolation
 * between test files (one module graph per worker instead of one per file: a core mutant's dozen
 * test files run in 1.5 s instead of 5 s). The suite passes either way; `MUTATE_ISOLATE=1` puts
 * the isolation back. vitest.mutation.config.ts orders the files to fail soonest (last run's failing
 * file, then the quickest) instead of vitest's slowest-first: 27 → 67 core mutants a minute.
 */
export const vitestArgs = () => ['run', '--config', 'vitest.mutation.config.ts', '--bail=1', '--pool=threads', ...(process.env.MUTATE_ISOLATE === '1' ? [] : ['--no-isolate'])];

/** vitest's entry, resolved as Node resolves packages (node_modules may be in a parent folder). */
export const vitestEntry = () => join(dirname(createRequire(join(root, 'package.json')).resolve('vitest/package.json')), 'vitest.mjs');

/**
 * A source file's text with one Stryker mutant written in: the replacement in parentheses (keeping
 * Stryker's grouping: `a || b` for `a && b` inside `a && b && c` means `(a || b) && c`), a block as is.
 */
export function mutatedSource(original, mutant) {
  const lines = original.split('\n');
  const offset = (pos) => lines.slice(0, pos.line - 1).reduce((n, l) => n + l.length + 1, 0) + pos.column - 1;
  const replacement = mutant.mutatorName === 'BlockStatement' ? (mutant.replacement ?? '{}') : `(${mutant.replacement ?? ''})`;
  return original.slice(0, offset(mutant.location.start)) + replacement + original.slice(offset(mutant.location.end));
}

/**
 * Every mutant of `src/<area>/`, with its location and replacement, as Stryker lists them
 * (reports/mutation/<area>.list.json): a Stryker run whose "test" fails at once for any active
 * mutant, a minute or two. Listed again when a source file changed since; `relisted` says so.
 */
export function listMutants(area) {
  const listFile = `reports/mutation/${area}.list.json`;
  const current = (list) => Object.entries(list.files).every(([file, entry]) => existsSync(file) && readFileSync(file, 'utf8') === entry.source);
  if (existsSync(listFile)) {
    const list = JSON.parse(readFileSync(listFile, 'utf8'));
    if (current(list)) return { list, relisted: false };
  }
  mkdirSync('reports/mutation', { recursive: true });
  const config = {
    testRunner: 'command',
    // A shell builtin: fails at once for any active mutant, passes Stryker's dry run.
    commandRunner: { command: 'test -z "$__STRYKER_ACTIVE_MUTANT__"' },
    mutate: [`src/${area}/**/*.ts`],
    coverageAnalysis: 'off',
    concurrency: 2,
    reporters: ['json'],
    jsonReporter: { fileName: listFile },
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
  };
  writeFileSync(`reports/mutation/${area}.list.config.json`, JSON.stringify(config, null, 2));
  console.log(`listing the mutants of src/${area} …`);
  spawnSync('npx', ['stryker', 'run', `reports/mutation/${area}.list.config.json`], { stdio: 'ignore' });
  const list = JSON.parse(readFileSync(listFile, 'utf8'));
  return { list, relisted: true };
}

/**
 * Run one Stryker mutant by hand: write its replacement into the file (an expression in
 * parentheses, keeping Stryker's grouping: `a || b` for `a && b` inside `a && b && c` means
 * `(a || b) && c`), run the tests, restore the file. True when the tests fail (killed).
 */
export function runMutant(file, mutant, tests, area) {
  const original = readFileSync(file, 'utf8');
  try {
    writeFileSync(file, mutatedSource(original, mutant));
    const verdict = testVerdict(tests, area, { limit: 120_000, stdio: 'pipe' });
    if (verdict === 'timeout') {
      // Stryker counts a timeout as detected (an endless loop is a caught mutant); under a heavy
      // load a slow but passing run can time out too, so it is named for a person to re-run.
      console.error(`timeout  #${mutant.id} ${file}: no result in 120 s (counted as detected, as Stryker does; re-run on a quiet machine)`);
    }
    return verdict !== 'survived';
  } finally {
    writeFileSync(file, original);
  }
}

/**
 * Run a mutant's test files (the area's, when none import its file) in a fresh vitest:
 * `'survived'` when they pass, `'killed'` when one fails, `'timeout'` when they run past `limit` ms
 * (stopped; no limit when it is undefined).
 */
export function testVerdict(tests, area, { limit, stdio = 'ignore' } = {}) {
  const run = spawnSync(process.execPath, [vitestEntry(), ...vitestArgs(), ...(tests.length > 0 ? tests : areaTests(area))], {
    stdio,
    ...(limit !== undefined && { timeout: limit, killSignal: 'SIGKILL' }),
  });
  if (run.error !== undefined || run.signal !== null) return 'timeout';
  return run.status === 0 ? 'survived' : 'killed';
}
