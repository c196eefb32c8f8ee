/**
 * The records timer (every 5 minutes): pulls the reports of patients with a visit completed in the
 * last two days — the longest turnaround — so a report that turns final is stored and announced
 * once (backend/handlers/records/sync.ts) even when nobody opens the page; then queues the dose
 * reminders of medication plans that fell due (backend/handlers/records/plan-reminders.ts).
 */
import type { AppointmentDoc, PatientDoc } from '../../domain/booking/docs';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { eachIsolated } from '../framework/isolated';
import { queueDoseReminders } from './plan-reminders';
import { pullReports } from './sync';

const WINDOW_MS = 2 * 86_400_000;

export async function recordsTimer(ctx: Ctx): Promise<Record<string, number>> {
  const patientIds = new Set<string>();
  for (let after = ctx.now - WINDOW_MS; ; ) {
    const page = await ctx.db.find<AppointmentDoc>('appointments', {
      where: { visitOrders: 'done', completedAt: { gt: after } },
      orderBy: [['completedAt', 'asc']],
      limit: MAX_PAGE,
    });
    for (const a of page) patientIds.add(a.patientId);
    if (page.length < MAX_PAGE) break;
    after = page[page.length - 1].completedAt ?? ctx.now;
  }
  const patients: PatientDoc[] = [];
  for (const id of patientIds) {
    const p = await ctx.db.get<PatientDoc>('patients', id);
    if (p) patients.push(p);
  }
  const tally = await eachIsolated(ctx, 'records', 'pullReports', patients, async (p) => {
    await pullReports(ctx.ports, p, ctx.now, true);
    return true;
  });
  return { patients: tally.done, failed: tally.failed, doseReminders: await queueDoseReminders(ctx) };
}
