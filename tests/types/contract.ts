/**
 * Compile-time proof that a contract binds both sides (checked by `npm run typecheck` and by
 * tests/unit/contract-types.test.ts, which also removes each `@ts-expect-error` and requires the
 * error it names on that line). Nothing here runs.
 */
import { type ActionDef, action, defineFunction } from '../../backend/handlers/framework/define';
import { owner, staff } from '../../backend/handlers/framework/who';
import type { Client } from '../../miniprogram/api/index';
import { api } from '../../miniprogram/api/index';
import { booking } from '../../miniprogram/shared/contract/booking';
import { act, type ResultOf } from '../../miniprogram/shared/contract/define';
import type { AppointmentView } from '../../miniprogram/shared/dto/booking';

declare const view: AppointmentView;

export async function clientUses(): Promise<void> {
  const res = await api.booking.book({ slotId: 's-1', patientId: 'p-1', requestId: 'req-00000001' });
  if (res.ok) {
    const id: string = res.data.id;
    const when: string = res.data.appointment.statusLabel;
    void [id, when];
    // @ts-expect-error TS2551 the result has no such field
    void res.data.appointmentId;
  }
  // @ts-expect-error TS2345 requestId is required by the schema
  await api.booking.book({ slotId: 's-1', patientId: 'p-1' });
  // @ts-expect-error TS2322 the schema's enum
  await api.booking.mine({ status: 'soon' });
  await api.booking.mine();
  await api.reminders.templateIds({ hospitalId: 'h-1', kinds: ['followup_due'] });
  // @ts-expect-error TS2322 not a kind of the one list (miniprogram/shared/message-kinds.ts)
  await api.reminders.templateIds({ hospitalId: 'h-1', kinds: ['visit_later'] });
  // @ts-expect-error TS2551 not an action of the contract
  await api.booking.reschedule({ appointmentId: 'a-1' });
}

/** The same client use against a contract whose `book` answers another result type: it stops compiling. */
const changed = { ...booking, book: act<{ id: number; appointment: AppointmentView }>()(booking.book.input) };
declare const changedClient: Client<typeof changed>;

export async function clientOfChangedContract(): Promise<void> {
  const res = await changedClient.book({ slotId: 's-1', patientId: 'p-1', requestId: 'req-00000001' });
  // @ts-expect-error TS1360 the result's id is a number now
  if (res.ok) res.data.id satisfies string;
}

export const wrongShape = action(booking.cancel, {
  who: owner(),
  // @ts-expect-error TS2322 run must answer the contract's { appointment: AppointmentView }
  run: async () => ({ appointment: { id: 'a-1' } }),
});

export const rightShape = action(booking.cancel, {
  who: owner(),
  run: async ({ appointmentId }) => ({ appointment: { ...view, id: appointmentId } }),
});

type Booking = typeof booking;
declare const handlers: { [K in keyof Booking]: ActionDef<Booking[K]['input'], ResultOf<Booking[K]>> };
const { cancel: _cancel, ...withoutCancel } = handlers;

export const exact = defineFunction('booking', booking, handlers);
// @ts-expect-error TS2769 `cancel` is missing: no overload matches
export const missing = defineFunction('booking', booking, withoutCancel);
// @ts-expect-error TS2769 `reschedule` is not in the contract: no overload matches
export const extra = defineFunction('booking', booking, { ...handlers, reschedule: rightShape });

// @ts-expect-error TS2345 an action without `who` (who may call it) does not compile
export const undeclared = action(booking.cancel, { run: async ({ appointmentId }) => ({ appointment: { ...view, id: appointmentId } }) });
// @ts-expect-error TS2345 nor does the one-argument form without `who`
export const undeclaredInline = action({ input: booking.cancel.input, run: async () => ({}) });
export const declaredInline = action({ who: staff('nurse'), input: booking.cancel.input, run: async () => ({}) });
// @ts-expect-error TS2322 `who` is said in the declaration's words, not the old `access`
export const oldWords = action(booking.cancel, { who: 'user', run: async ({ appointmentId }) => ({ appointment: { ...view, id: appointmentId } }) });
