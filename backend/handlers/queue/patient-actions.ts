/** The patient's side: check in (by the clinic's signed code or, where allowed, by location) and see their place. */
import type { QueueStatus } from '../../../miniprogram/shared/dto/queue';
import { queueStateLabels } from '../../../miniprogram/shared/dto/queue';
import { AppointmentStatus, appointmentStatusLabels } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiTime } from '../../../miniprogram/shared/time';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { HospitalDoc } from '../../domain/content/docs';
import { checkInOpensAt, distanceMetres, stateProblem, windowProblem } from '../../domain/queue/check-in';
import { codeMatches } from '../../domain/queue/clinic-code';
import { etaForSession, etaText, roomOf } from '../../domain/queue/eta';
import { aheadOf, turnsBefore } from '../../domain/queue/order';
import { queueSettingsOf, type QueueSettings } from '../../domain/queue/settings';
import { placeOf } from '../booking/views';
import { hospitalOr404 } from '../framework/hospital';
import { AppError } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { queue } from '../../../miniprogram/shared/contract/queue';
import { action } from '../framework/define';
import { ownAppointment } from './access';
import { clinicSecret } from './clinic-keys';
import { joinQueue } from './join';
import { queueNotices } from './notices';
import { sessionDoc } from './session-store';
import { entryView, slotText } from './views';
import { owner } from '../framework/who';

async function verifyPlace(
  ctx: Ctx,
  a: AppointmentDoc,
  h: HospitalDoc,
  settings: QueueSettings,
  code: string | undefined,
  at: { latitude: number; longitude: number } | undefined,
): Promise<void> {
  if (code !== undefined) {
    const secret = await clinicSecret(ctx, a.hospitalId);
    if (!codeMatches(secret, code, { hospitalId: a.hospitalId, departmentId: a.departmentId })) {
      throw new AppError(ErrorCode.STATE_CONFLICT, `这不是本次就诊诊区的签到码，请到${a.departmentName}（${a.location}）扫码签到`, 'code');
    }
    return;
  }
  if (at !== undefined) {
    if (settings.locationRadiusMeters <= 0) throw new AppError(ErrorCode.STATE_CONFLICT, '本院不支持定位签到，请扫描诊区的签到码', 'location');
    const metres = distanceMetres(at, h.location);
    if (metres > settings.locationRadiusMeters) {
      throw new AppError(ErrorCode.STATE_CONFLICT, `您距离医院约${Math.round(metres)}米，需在${settings.locationRadiusMeters}米内才能定位签到`, 'location');
    }
    return;
  }
  throw new AppError(ErrorCode.VALIDATION_FAILED, '请扫描诊区的签到码', 'code');
}

export const checkIn = action(queue.checkIn, {
  who: owner(),
  offer: { key: 'queue', from: { field: 'appointmentId', collection: 'appointments' } },
  async run({ appointmentId, code, location: at }, ctx) {
    const a = await ownAppointment(ctx, appointmentId);
    if (a.status !== AppointmentStatus.checked_in) {
      const problem = stateProblem(a);
      if (problem) throw new AppError(problem.code, problem.message);
      const h = await hospitalOr404(ctx.db, a.hospitalId);
      const settings = queueSettingsOf(h.queue);
      const early = windowProblem(a, ctx.now, settings);
      if (early) throw new AppError(early.code, early.message);
      await verifyPlace(ctx, a, h, settings, code, at);
    }
    const { entry, session } = await joinQueue(ctx, a._id);
    await queueNotices(ctx.ports, session, null);
    return { entry: entryView(session, entry) };
  },
});

export const status = action(queue.status, {
  who: owner(),
  async run({ appointmentId }, ctx): Promise<QueueStatus> {
    const a = await ownAppointment(ctx, appointmentId);
    const h = await hospitalOr404(ctx.db, a.hospitalId);
    const settings = queueSettingsOf(h.queue);
    const s = await sessionDoc(ctx, a);
    const e = s ? s.entries.find((x) => x.appointmentId === a._id) : undefined;
    const opens = checkInOpensAt(a, settings);
    const base = {
      appointmentId: a._id,
      hospitalId: a.hospitalId,
      doctorName: a.ownerName,
      departmentName: a.departmentName,
      patientName: a.patientName,
      slotText: slotText(a.start, a.end),
      checkInOpensAt: opens,
      checkInOpensText: shanghaiTime(opens),
      locationCheckIn: settings.locationRadiusMeters > 0,
      unpaid: a.status === AppointmentStatus.pending_payment,
      room: s ? s.room : a.location,
      pausedReason: s ? s.pausedReason : '',
      placeId: placeOf(a),
      exam: roomOf(a) === 'exam',
    };
    if (!s || !e) {
      const none = { ahead: 0, etaMinutes: { p50: 0, p90: 0, uncertain: false }, etaText: '' };
      if (a.status === AppointmentStatus.completed) return { ...base, ...none, state: 'done', stateLabel: queueStateLabels.done };
      if (stateProblem(a))
        return {
          ...base,
          ...none,
          state: a.status === AppointmentStatus.pending_payment ? 'not_checked_in' : 'closed',
          stateLabel: appointmentStatusLabels[a.status],
        };
      return { ...base, ...none, state: 'not_checked_in', stateLabel: '未签到' };
    }
    const ahead = aheadOf(s, e.appointmentId);
    const waiting = s.order.includes(e.appointmentId);
    const room = roomOf(a);
    const eta = etaForSession(turnsBefore(s, e.appointmentId, null, false, ctx.now), s.stats, room);
    return { ...base, state: e.state, stateLabel: entryView(s, e).stateLabel, ahead, etaMinutes: eta, etaText: waiting ? etaText(eta, room) : '' };
  },
});
