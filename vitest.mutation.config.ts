// vitest's options for one mutant's run (test/mutation-tests.mjs): the main config, with test files
// in the order most likely to fail soonest. vitest's own order runs the slowest files first (best for
// spreading files over workers); one mutant's run stops at its first failure, so here the file that
// failed in the previous run goes first (neighbouring mutants tend to fall to the same test), then
// the quickest files.
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

export default mergeConfig(base, defineConfig({ test: { sequence: { sequencer: QuickFirst } } }));
