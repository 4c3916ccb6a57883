// `node test/combine-mutant-samples.mjs <a.sampled.json> <b.sampled.json> <out.json>`: two sampled
// Stryker reports of the same sources (two `npm run mutate:sample` runs with different seeds) as
// one, for `npm run mutate:recheck`: a mutant is Survived if it survived in either sample, Killed
// if killed in any, else Ignored. A mutant drawn by both samples counts once.
import { readFileSync, writeFileSync } from 'node:fs';

const [a, b, out] = process.argv.slice(2);
if (!a || !b || !out) {
  console.error('usage: node test/combine-mutant-samples.mjs <a.sampled.json> <b.sampled.json> <out.json>');
  process.exit(2);
}
const A = JSON.parse(readFileSync(a, 'utf8'));
const B = JSON.parse(readFileSync(b, 'utf8'));
let sampled = 0;
let survived = 0;
for (const [file, entry] of Object.entries(A.files)) {
  if (B.files[file]?.source !== entry.source) {
    console.error(`${file}: the two samples were taken from different sources`);
    process.exit(2);
  }
  const other = new Map(B.files[file].mutants.map((m) => [m.id, m.status]));
  for (const m of entry.mutants) {
    const both = [m.status, other.get(m.id)];
    m.status = both.includes('Survived') ? 'Survived' : both.includes('Killed') ? 'Killed' : 'Ignored';
    if (m.status !== 'Ignored') sampled++;
    if (m.status === 'Survived') survived++;
  }
}
writeFileSync(out, JSON.stringify(A));
console.log(`${sampled} distinct sampled mutants: ${sampled - survived} killed, ${survived} surviving`);
