/**
 * `npm run bench`: runs each benchmark in turn and prints its figures.
 * Add a benchmark by appending a named function to `benchmarks`.
 */
import { join } from 'node:path';
import type { Benchmark } from './benchmark';
import { packageSizeBench } from './package-size-report';

const repoRoot = join(__dirname, '..', '..');

const benchmarks: Benchmark[] = [{ name: 'package sizes', run: () => packageSizeBench(repoRoot) }];

async function main(): Promise<void> {
  for (const bench of benchmarks) {
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
