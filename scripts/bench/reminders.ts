/**
 * One reminders timer run over 20,000 appointments due for a reminder (one hour before the
 * visit), each patient with a consent credit: time on the local store (goal < 10 s) and database
 * operations per reminder (goal ≤ 3; reads batched 100 at a time).
 */
import { createLocalPorts } from '../../backend/adapters/local/ports';
import { silentLogger } from '../../backend/adapters/system';
import type { AppointmentDoc } from '../../backend/domain/booking/docs';
import { remindersFunction } from '../../backend/handlers/reminders';
import { subscriptionId } from '../../backend/handlers/reminders/dispatch';
import { runTimer } from '../../backend/handlers/framework/dispatch';
import { hospitals } from '../../backend/dev-server/seed/content';
import { shanghaiInstant } from '../../miniprogram/shared/time';
import { CountingDb } from './counting-db';

const COUNT = 20_000;

export async function remindersBench(): Promise<string[]> {
  const now = shanghaiInstant('2026-11-25', '10:00');
  const ports = createLocalPorts({
    dbFile: ':memory:',
    filesDir: '/tmp/peizhen-bench',
    baseUrl: 'http://127.0.0.1',
    clock: { now: () => now },
    logger: silentLogger,
  });
  ports.db.insertMany('hospitals', [hospitals[0]]);
  const appointments: AppointmentDoc[] = Array.from({ length: COUNT }, (_, i) => {
    const start = now + 5 * 60_000 + (i % 50) * 60_000;
    const id = `appt-bench-${i}`;
    return {
      _id: id,
      hospitalId: 'h-zzcentral',
      hospitalName: '郑州康宁医院',
      openid: `bench-${i}`,
      patientId: `pat-${i}`,
      patientName: '压测患者',
      ownerType: 'doctor',
      ownerId: `doc-${i % 500}`,
      ownerName: '医生',
      departmentId: 'd',
      departmentName: '内科',
      location: '门诊楼',
      prepNotes: [],
      slotId: `slot-${i}`,
      date: '2026-11-25',
      session: 'am',
      start,
      end: start + 1_800_000,
      feeFen: 0,
      status: 'booked',
      holdUntil: null,
      examOrderId: null,
      requestId: id,
      cancelReason: '',
      refund: 'none',
      noticePending: false,
      noShowCounted: false,
      createdAt: 0,
      updatedAt: 0,
    };
  });
  ports.db.insertMany('appointments', appointments);
  ports.db.insertMany(
    'subscriptions',
    appointments.map((a) => ({
      _id: subscriptionId(a.openid, 'demo-visit-reminder'),
      openid: a.openid,
      templateId: 'demo-visit-reminder',
      credits: 1,
      longTerm: false,
      updatedAt: 0,
    })),
  );
  const counting = new CountingDb(ports.db);
  const started = performance.now();
  const res = await runTimer(remindersFunction, 'bench', { ...ports, db: counting });
  const seconds = (performance.now() - started) / 1000;
  const sent = await ports.db.count('outbox', { status: 'sent' });
  ports.db.close();
  if (!res.ok) return [`timer failed: ${res.error.message}`];
  const writes = counting.writes / sent;
  const batches = counting.reads;
  return [
    `reminders sent: ${sent} of ${COUNT}`,
    `one timer run: ${seconds.toFixed(2)} s  (goal < 10 s: ${seconds < 10 ? 'OK' : 'OVER'})`,
    `database operations per reminder: ${writes.toFixed(2)} writes (create, consent credit, outcome) + ${batches} batched reads in all (${(batches / sent).toFixed(3)} per reminder)  (goal ≤ 3 with reads batched 100 at a time: ${writes <= 3.005 && batches <= Math.ceil(sent / 100) + 10 ? 'OK' : 'OVER'})`,
  ];
}
