/** One self-test run over a Db: the Db checks, the booking race and the unique-index probes, then the scratch documents removed. */
import { collections } from '../collections';
import { newId } from '../ids';
import type { Db } from '../ports';
import { bookingRace } from './booking-race';
import type { CheckResult, SelftestReport } from '../../miniprogram/shared/dto/selftest';
import { dbChecks, runChecks, SCRATCH } from './db-checks';
import { uniqueProbes } from './unique-probes';

export async function runSelftest(db: Db, now: () => number): Promise<SelftestReport> {
  const started = now();
  const run = newId('selftest');
  const checks: CheckResult[] = [];
  try {
    checks.push(...(await runChecks(db, run, dbChecks)));
    checks.push(await bookingRace(db, run));
    checks.push(...(await uniqueProbes(db, collections, run)));
  } catch (e) {
    checks.push({ name: 'self-test ran to its end', ok: false, detail: e instanceof Error ? e.message : String(e) });
  } finally {
    await db.remove(SCRATCH, { run });
  }
  return { verdict: checks.every((c) => c.ok) ? 'pass' : 'fail', checks, ms: now() - started };
}
