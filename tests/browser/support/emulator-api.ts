/**
 * Setting the scene through the emulator's HTTP API (what a journey does not need to click
 * through): the same `POST /fn/<function>` the app calls, as a given demo identity.
 */
import { randomUUID } from 'node:crypto';

export interface Envelope<T> {
  ok: boolean;
  data: T;
  error?: { code: string; message: string };
}

export async function call<T = Record<string, unknown>>(baseUrl: string, fn: string, openid: string, event: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${baseUrl}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify(event),
  });
  const body = (await res.json()) as Envelope<T>;
  if (!body.ok) throw new Error(`${fn}.${String(event.action)} as ${openid}: ${body.error?.code} ${body.error?.message}`);
  return body.data;
}

interface SlotDto {
  id: string;
  start: number;
  status: string;
  remaining: number;
  feeFen: number;
}

/** The first slot of a doctor patients can book online now, with its date (YYYY-MM-DD). */
export async function firstOpenSlot(baseUrl: string, doctorId: string, openid = 'demo-patient'): Promise<{ slotId: string; date: string; feeFen: number }> {
  const { schedule } = await call<{ schedule: { days: Array<{ date: string }> } }>(baseUrl, 'booking', openid, { action: 'doctorSchedule', doctorId });
  for (const day of schedule.days) {
    const { slots } = await call<{ slots: SlotDto[] }>(baseUrl, 'booking', openid, { action: 'listSlots', doctorId, date: day.date });
    const open = slots.find((s) => s.status === 'open' && s.remaining > 0);
    if (open) return { slotId: open.id, date: day.date, feeFen: open.feeFen };
  }
  throw new Error(`no open slot for ${doctorId}`);
}

/** Books a doctor's first open slot for the account's first family member; answers the appointment id. */
export async function bookFirstOpen(
  baseUrl: string,
  doctorId: string,
  openid = 'demo-patient',
): Promise<{ appointmentId: string; slotId: string; date: string; patientId: string }> {
  const slot = await firstOpenSlot(baseUrl, doctorId, openid);
  const { patients } = await call<{ patients: Array<{ id: string }> }>(baseUrl, 'patients', openid, { action: 'list' });
  const patientId = patients[0].id;
  const booked = await call<{ id: string }>(baseUrl, 'booking', openid, { action: 'book', slotId: slot.slotId, patientId, requestId: randomUUID() });
  return { appointmentId: booked.id, slotId: slot.slotId, date: slot.date, patientId };
}

/**
 * Pays an appointment's registration fee as the patient would, without the pages: the order,
 * the payment start, the sandbox "user paid" (`POST /dev/pay`), then settling. Answers the order's id.
 */
export async function payAppointmentViaApi(baseUrl: string, openid: string, appointmentId: string): Promise<string> {
  const { order } = await call<{ order: { id: string } }>(baseUrl, 'orders', openid, { action: 'payAppointment', appointmentId });
  const { payment } = await call<{ payment: { outTradeNo: string } }>(baseUrl, 'orders', openid, { action: 'pay', orderId: order.id });
  const res = await fetch(`${baseUrl}/dev/pay/${encodeURIComponent(payment.outTradeNo)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!res.ok) throw new Error(`sandbox pay answered ${res.status}`);
  await call(baseUrl, 'orders', openid, { action: 'settle', orderId: order.id });
  return order.id;
}

/** The date `days` after today in Asia/Shanghai (YYYY-MM-DD) and its weekday (1 = Monday … 7 = Sunday). */
export function shanghaiDay(days: number): { date: string; weekday: number } {
  const t = new Date(Date.now() + 8 * 3600_000 + days * 86400_000);
  const date = t.toISOString().slice(0, 10);
  const weekday = t.getUTCDay() === 0 ? 7 : t.getUTCDay();
  return { date, weekday };
}

/**
 * Moves the emulator's clock (`POST /dev/clock`, backend/dev-server/dev-clock.ts) to the instant
 * `at` (ms), or back to real time when `at` is null.
 */
export async function moveClock(baseUrl: string, at: number | null): Promise<void> {
  const body = at === null ? { reset: true } : { at: new Date(at + 8 * 3600_000).toISOString().replace('Z', '+08:00') };
  const res = await fetch(`${baseUrl}/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`/dev/clock answered ${res.status}`);
}
