/** What the confirm page shows before booking: the doctor, the slot and the hospital's rules. */
import { api } from '../../api/index';
import type { SlotView } from '../../shared/dto/booking';
import type { DoctorProfile } from '../../shared/dto/content';
import type { Envelope } from '../../shared/envelope';
import { ErrorCode } from '../../shared/errors';
import { sessionLabels } from '../../shared/enums';
import { ruleLines } from '../common/rules';
import { weekdayLabelOf } from '../../shared/time';

export interface ConfirmData {
  doctor: DoctorProfile;
  slot: SlotView;
  /** 2026-11-25 周三 下午 14:00-14:30 */
  timeText: string;
  rules: string[];
}

export interface ConfirmQuery {
  slotId: string;
  doctorId: string;
  date: string;
}

export async function loadConfirm(q: ConfirmQuery): Promise<Envelope<ConfirmData>> {
  if (!q.doctorId || !/^\d{4}-\d{2}-\d{2}$/.test(q.date)) return { ok: false, error: { code: ErrorCode.NOT_FOUND, message: '号源不存在' } };
  const [doctor, slots] = await Promise.all([api.content.getDoctor({ doctorId: q.doctorId }), api.booking.listSlots({ doctorId: q.doctorId, date: q.date })]);
  if (!doctor.ok) return doctor;
  if (!slots.ok) return slots;
  const slot = slots.data.slots.find((s) => s.id === q.slotId);
  if (!slot) return { ok: false, error: { code: ErrorCode.NOT_FOUND, message: '号源不存在' } };
  const r = await api.booking.rules({ hospitalId: doctor.data.doctor.hospitalId });
  if (!r.ok) return r;
  return {
    ok: true,
    data: {
      doctor: doctor.data.doctor,
      slot,
      timeText: `${slot.date} ${weekdayLabelOf(slot.date)} ${sessionLabels[slot.session]} ${slot.startTime}-${slot.endTime}`,
      rules: ruleLines(r.data.rules),
    },
  };
}
