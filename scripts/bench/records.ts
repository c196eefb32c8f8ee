/**
 * Reports for a patient with 5 years of history: 60 visits, 600 reports (ten tests a visit). The
 * first pull from the demo HIS stores them; then the list (the newest 50, as the page asks) is
 * timed and its database reads counted by an instrumented Db — a list within a minute of the last
 * pull reads the patient, the pull mark, one page of reports and the hospitals; a list that is due
 * a pull asks the HIS for what changed since, too. Goal: < 100 ms locally.
 */
import { createLocalPorts } from '../../backend/adapters/local/ports';
import { silentLogger } from '../../backend/adapters/system';
import { seedIfEmpty } from '../../backend/dev-server/seed';
import { visitDocs } from '../../backend/dev-server/seed/history';
import { insertPeople } from '../../backend/dev-server/seed/generated-people';
import type { PatientDoc } from '../../backend/domain/booking/docs';
import type { HisOrderItem } from '../../backend/domain/his/answer';
import { dispatch } from '../../backend/handlers/framework/dispatch';
import { RATE_COUNTERS } from '../../backend/handlers/framework/rate-limits';
import { REQUEST_KEYS } from '../../backend/handlers/framework/request-keys';
import { recordsFunction } from '../../backend/handlers/records';
import { shanghaiInstant } from '../../miniprogram/shared/time';
import { CountingDb } from './counting-db';

const CODES = ['LAB-CBC', 'LAB-CRP', 'LAB-UA', 'LAB-GLU', 'LAB-HBA1C', 'LAB-LIPID', 'LAB-LFT', 'LAB-RFT', 'LAB-THY', 'IMG-ECG'];
const item = (code: string): HisOrderItem => ({
  code,
  name: code,
  category: code.startsWith('IMG') ? 'imaging' : 'lab',
  quantity: 1,
  unit: '次',
  unitFen: 1000,
});

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

export async function recordsBench(): Promise<string[]> {
  let now = shanghaiInstant('2026-11-25', '09:30');
  const ports = createLocalPorts({
    dbFile: ':memory:',
    filesDir: '/tmp/peizhen-bench',
    baseUrl: 'http://127.0.0.1',
    clock: { now: () => now },
    logger: silentLogger,
    rateLimits: null,
  });
  await seedIfEmpty(ports.db, now);
  const [person] = insertPeople(ports.db, 1, 'records');
  const patient = (await ports.db.get<PatientDoc>('patients', person.patientId))!;
  for (let n = 0; n < 60; n++) {
    const { appointment, answer } = visitDocs(
      { patient, n: n + 1, daysAgo: 1 + n * 30, doctorId: 'doc-zz-014', diagnosis: '2型糖尿病', orders: [{ title: '检验检查', items: CODES.map(item) }] },
      now,
    );
    await ports.db.insert('appointments', appointment);
    await ports.db.insert('hisAnswers', answer);
  }
  const counting = new CountingDb(ports.db, [REQUEST_KEYS, RATE_COUNTERS]);
  const counted = { ...ports, db: counting };
  const list = () => dispatch(recordsFunction, { action: 'reports', patientId: patient._id }, { openid: patient.openid, requestId: 'bench' }, counted);
  let started = performance.now();
  const first = await list();
  const firstMs = performance.now() - started;
  const firstReads = counting.reads;
  const firstWrites = counting.writes;
  if (!first.ok) throw new Error(`records.reports failed: ${first.error.message}`);
  const stored = await ports.db.count('reports', { patientId: patient._id });
  const times: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < 30; i++) {
    counting.reset();
    started = performance.now();
    await list();
    times.push(performance.now() - started);
    reads.push(counting.reads);
  }
  now += 61_000;
  counting.reset();
  started = performance.now();
  await list();
  const dueMs = performance.now() - started;
  const dueReads = counting.reads;
  counting.reset();
  started = performance.now();
  await dispatch(recordsFunction, { action: 'trend', patientId: patient._id, code: 'HBA1C' }, { openid: patient.openid, requestId: 'bench' }, counted);
  const trendMs = performance.now() - started;
  const trendReads = counting.reads;
  ports.db.close();
  times.sort((a, b) => a - b);
  return [
    `patient with 60 visits over 5 years: ${stored} reports stored`,
    `first open (pulls all 600 from the demo HIS and stores them): ${firstMs.toFixed(0)} ms, ${firstReads} reads, ${firstWrites} writes`,
    `list (newest 50), within a minute of the last pull: p50 ${percentile(times, 0.5).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms; ${reads[0]} document reads (patient, pull mark, one page of reports, hospitals)`,
    `list due a pull (asks the HIS for changes since the last one; the demo HIS's own reads not counted): ${dueMs.toFixed(1)} ms, ${dueReads} reads`,
    `trend of HbA1c across the 60 visits: ${trendMs.toFixed(1)} ms, ${trendReads} reads`,
  ];
}
