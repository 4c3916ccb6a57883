// `npm run fuzz`: the fuzz suite with many more cases and a random seed (printed first, and by
// fast-check with any counterexample), so a failure can be replayed with FUZZ_SEED=<seed>.
import { spawnSync } from 'node:child_process';

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS ?? '2000';
console.log(`fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`);
const r = spawnSync('npx', ['vitest', 'run', 'test/fuzz'], { stdio: 'inherit', env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs } });
if (r.status !== 0) console.log(`fuzz failed; replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);
process.exit(r.status ?? 1);
