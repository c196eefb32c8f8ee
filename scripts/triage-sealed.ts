/**
 * Scores one sealed triage set: `npx tsx scripts/triage-sealed.ts tests/triage-sealed/set-2`.
 * Prints the figures and every miss (`--misses`), or the figures as JSON (`--json`). A sealed set
 * measures the engine only the first time it is scored; record that run in the set's SCORES.md.
 */
import { resolve } from 'node:path';
import { loadSealedSet, scoreSealed, sealedLines } from './bench/triage-sealed';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
if (!folder) {
  console.error('usage: npx tsx scripts/triage-sealed.ts <folder with cases.json> [--misses] [--json]');
  process.exit(2);
}
const report = scoreSealed(loadSealedSet(resolve(folder)), 3);
if (args.includes('--json')) {
  const { outcomes, ...figures } = report;
  console.log(
    JSON.stringify(
      { folder, ...figures, missedEmergencies: outcomes.filter((o) => o.sealed.emergency && !o.result.emergency).map((o) => o.sealed.id) },
      null,
      2,
    ),
  );
} else {
  sealedLines(folder, report).forEach((line) => console.log(line));
  if (args.includes('--misses')) {
    for (const o of report.outcomes) {
      const first = o.result.departments[0]?.name ?? '—';
      if (o.sealed.emergency && !o.result.emergency) console.log(`missed emergency ${o.sealed.id}: ${o.sealed.text} → ${first}`);
      else if (!o.sealed.emergency && o.result.emergency)
        console.log(`false alarm ${o.sealed.id}: ${o.sealed.text} → ${o.result.redFlags.map((f) => f.label).join('、')}`);
      else if (!o.sealed.emergency && !o.top1)
        console.log(
          `${o.top3 ? 'top-3 only' : 'wrong department'} ${o.sealed.id}: ${o.sealed.text} → ${o.result.departments.map((d) => d.name).join(' / ')} (expected ${o.sealed.expected.join(' ')})`,
        );
    }
  }
}
