// vitest's options for one mutant's run (test/mutation-tests.mjs): the main config, with test files
// in the order most likely to fail soonest. vitest's own order runs the slowest files first (best for
// spreading files over workers); one mutant's run stops at its first failure, so here the file that
// failed in the previous run goes first (neighbouring mutants tend to fall to the same test), then
// the quickest files. A test's own time limit is raised to 60 s: under load a slow property test
// could pass vitest's 5 s default and count the mutant as killed; only an assertion should, and an
// endless loop is stopped by the runner's limit for the whole run (MUTATE_TIMEOUT_MS).
import { defineConfig, mergeConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.js';

class QuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const result = (f: TestSpecification) => cache.getTestSpecificationResult(f);
    return [...files].sort((a, b) => {
      const ra = result(a);
      const rb = result(b);
      const fa = ra?.failed === true ? 0 : 1;
      const fb = rb?.failed === true ? 0 : 1;
      if (fa !== fb) return fa - fb;
      return (ra?.duration ?? 0) - (rb?.duration ?? 0);
    });
  }
}

export default mergeConfig(base, defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000, sequence: { sequencer: QuickFirst } } }));
