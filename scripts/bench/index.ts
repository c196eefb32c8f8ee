/**
 * `npm run bench`: runs each benchmark in turn and prints its figures; `npm run bench -- triage`
 * runs only those whose name contains the word. Add a benchmark by appending a named function to
 * `benchmarks`.
 */
import { join } from 'node:path';
import type { Benchmark } from './benchmark';
import { bookingBurstBench } from './booking-burst';
import { bookingOpsBench } from './booking-ops';
import { etaCoverageLines } from './eta-coverage';
import { coldStartBench } from './cold-start';
import { packageSizeBench } from './package-size-report';
import { publishBench } from './publish';
import { recordsBench } from './records';
import { remindersBench } from './reminders';

const repoRoot = join(__dirname, '..', '..');

const benchmarks: Benchmark[] = [
  { name: 'package sizes', run: () => packageSizeBench(repoRoot) },
  { name: 'cloud function cold start', run: coldStartBench },
  { name: 'database operations per booking', run: bookingOpsBench },
  { name: 'publishing 112,000 slots', run: publishBench },
  { name: 'booking burst over HTTP', run: bookingBurstBench },
  { name: 'reminders timer over 20,000 appointments', run: remindersBench },
  { name: 'navigation: routes on a 2,000-point map, the care path', run: () => import('./navigation').then((m) => m.navigationBench()) },
  { name: 'queue ETA coverage (P50–P90)', run: async () => etaCoverageLines() },
  { name: 'reports of a patient with 5 years of history', run: recordsBench },
  { name: 'smart triage over the gold set, the sealed sets and hostile text', run: () => import('./triage').then((m) => m.triageBench()) },
  { name: 'browser preview (tab pages, setData in the journeys)', run: () => import('./preview').then((m) => m.previewBench()) },
];

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const bench of benchmarks.filter((b) => only === undefined || b.name.includes(only))) {
    const started = Date.now();
    const lines = await bench.run();
    console.log(`== ${bench.name} ==`);
    lines.forEach((line) => console.log(line));
    console.log(`(${bench.name}: ${Date.now() - started} ms)\n`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
