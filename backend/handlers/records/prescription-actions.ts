/** Prescriptions for patients: per visit, with the rules they were checked against and each long-term medicine's days left. */
import type { PrescriptionItemView, PrescriptionView } from '../../../miniprogram/shared/dto/records';
import type { PrescriptionDoc } from '../../domain/records/docs';
import { FREQUENCIES, ROUTES } from '../../domain/records/frequency';
import { isExpired, MAX_DAYS, TYPE_LABELS, validUntil } from '../../domain/records/prescription-rules';
import { supplyOf } from '../../domain/records/supply';
import { monographOf } from '../../domain/records/drugs';
import { visitOrderId } from '../orders/lookups';
import { records } from '../../../miniprogram/shared/contract/records';
import { action } from '../framework/define';
import { ownPatient } from './lookups';
import { pullPrescriptions } from './sync';
import { HospitalBook, timeText } from './views';
import { owner } from '../framework/who';

const STATUS_TEXT = { unpaid: '未缴费', paid: '已缴费', dispensed: '已取药' } as const;

function itemView(rx: PrescriptionDoc, item: PrescriptionDoc['items'][number], now: number): PrescriptionItemView {
  const longTerm = rx.type === 'long_term' || rx.type === 'chronic_stable';
  const supply = longTerm && rx.dispensedAt !== null ? supplyOf(item, rx.dispensedAt, now) : null;
  return {
    code: item.code,
    drug: item.drug,
    spec: item.spec,
    dose: item.dose,
    frequency: FREQUENCIES[item.frequency].label,
    route: ROUTES[item.route],
    days: item.days,
    quantity: item.quantity,
    quantityText: `${item.quantity}${item.packUnit}`,
    notes: item.notes,
    hasGuide: monographOf(item.code) !== null,
    supply: supply && {
      ...supply,
      text:
        supply.daysLeft === 0
          ? '药已用完，请尽快复诊'
          : supply.nudge
            ? `还剩约${supply.daysLeft}天，请在${supply.runsOutOn}前预约复诊`
            : `还剩约${supply.daysLeft}天（至${supply.runsOutOn}）`,
    },
  };
}

export function prescriptionView(rx: PrescriptionDoc, hospitalName: string, now: number): PrescriptionView {
  const expired = rx.status === 'unpaid' && isExpired(rx.writtenAt, rx.validDays, now);
  return {
    id: rx._id,
    visitDate: rx.visitDate,
    hospitalName,
    departmentId: rx.departmentId,
    departmentName: rx.departmentName,
    doctorName: rx.doctorName,
    typeLabel: TYPE_LABELS[rx.type],
    status: rx.status,
    statusText: expired ? '已过期' : STATUS_TEXT[rx.status],
    validText: rx.validDays === 1 ? '开具当日有效' : `有效期至${timeText(validUntil(rx.writtenAt, rx.validDays))}（${rx.validityNote}）`,
    expired,
    pharmacyWindow: rx.pharmacyWindow,
    orderId: rx.status === 'unpaid' && !expired ? visitOrderId(rx.visitId, rx.orderIndex) : '',
    rulesText: `${TYPE_LABELS[rx.type]}：每种药最多${MAX_DAYS[rx.type]}天用量${rx.chronicNote ? `（${rx.chronicNote}）` : ''}`,
    items: rx.items.map((i) => itemView(rx, i, now)),
  };
}

export const prescriptions = action(records.prescriptions, {
  who: owner(),
  async run({ patientId }, ctx) {
    const patient = await ownPatient(ctx, patientId);
    await pullPrescriptions(ctx.ports, patient, ctx.now);
    const docs = await ctx.db.find<PrescriptionDoc>('prescriptions', { where: { patientId }, orderBy: [['writtenAt', 'desc']], limit: 50 });
    const book = new HospitalBook(ctx.db);
    const list: PrescriptionView[] = [];
    for (const rx of docs) list.push(prescriptionView(rx, (await book.get(rx.hospitalId))?.name ?? '', ctx.now));
    return { prescriptions: list };
  },
});
