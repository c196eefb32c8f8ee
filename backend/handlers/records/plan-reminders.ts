/**
 * Dose reminders: the records timer queues a `medication_time` message for each dose of a plan
 * with reminders on that fell due in the last half hour (dedupe key per plan, day and time). The
 * reminders timer sends it only with a consent credit, so each reminder needs one acceptance.
 */
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { MedicationPlanDoc } from '../../domain/records/docs';
import { dosesDue } from '../../domain/records/plan';
import { wechatTime } from '../../domain/messages/shape';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';

export async function queueDoseReminders(ctx: Ctx): Promise<number> {
  let queued = 0;
  const today = shanghaiDate(ctx.now);
  for (let after = ''; ; ) {
    const page = await ctx.db.find<MedicationPlanDoc>('medicationPlans', {
      where: { remind: true, endDate: { gte: today }, _id: { gt: after } },
      orderBy: [['_id', 'asc']],
      limit: MAX_PAGE,
    });
    for (const p of page) {
      for (const dose of dosesDue(p.times, p.startDate, p.endDate, ctx.now)) {
        const sent = await ctx.ports.notifier.notify({
          openid: p.openid,
          hospitalId: p.hospitalId,
          kind: 'medication_time',
          key: `med:${p._id}:${dose.date}:${dose.time}`,
          page: `records/plan/index?prescriptionId=${p.prescriptionId}`,
          data: { drug: p.items.map((i) => i.drug).join('、'), dose: `${p.patientName} ${p.items.map((i) => i.dose).join('、')}`, time: wechatTime(dose.at) },
        });
        if (sent) queued++;
      }
    }
    if (page.length < MAX_PAGE) return queued;
    after = page[page.length - 1]._id;
  }
}
