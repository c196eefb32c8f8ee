/**
 * The typed client of every cloud function on a contract: `api.booking.book({ slotId, patientId, requestId })`.
 * Parameters and results come from miniprogram/shared/contract/<fn>.ts, imported as types only, so the
 * schemas (and zod) stay on the server; at run time each function is a Proxy whose every property is a
 * call of that action over `callFunction` (miniprogram/api/transport.ts).
 */
import type { Act, Contract, ParamsOf, ResultOf } from '../shared/contract/define';
import type { booking } from '../shared/contract/booking';
import type { clinic } from '../shared/contract/clinic';
import type { consult } from '../shared/contract/consult';
import type { content } from '../shared/contract/content';
import type { delivery } from '../shared/contract/delivery';
import type { followup } from '../shared/contract/followup';
import type { homecare } from '../shared/contract/homecare';
import type { invoices } from '../shared/contract/invoices';
import type { orders } from '../shared/contract/orders';
import type { patients } from '../shared/contract/patients';
import type { queue } from '../shared/contract/queue';
import type { records } from '../shared/contract/records';
import type { schedule } from '../shared/contract/schedule';
import type { staff } from '../shared/contract/staff';
import type { reminders } from '../shared/contract/reminders';
import type { navigation } from '../shared/contract/navigation';
import type { selftest } from '../shared/contract/selftest';
import type { feedback } from '../shared/contract/feedback';
import type { recordCopies } from '../shared/contract/record-copies';
import type { triage } from '../shared/contract/triage';
import type { Envelope } from '../shared/envelope';
import { callFunction } from './transport';

/** One action's call: the parameters may be left out when the schema needs none. */
export type Call<A extends Act> =
  {} extends ParamsOf<A> ? (params?: ParamsOf<A>) => Promise<Envelope<ResultOf<A>>> : (params: ParamsOf<A>) => Promise<Envelope<ResultOf<A>>>;

export type Client<C extends Contract> = { readonly [K in keyof C]: Call<C[K]> };

function client<C extends Contract>(name: string): Client<C> {
  const calls = new Map<string, (params?: object) => Promise<Envelope<unknown>>>();
  const handler: ProxyHandler<object> = {
    get(_target, action) {
      // Only action names: not symbols, nor the `then` a Promise looks for on what it resolves.
      if (typeof action !== 'string' || action === 'then') return undefined;
      let call = calls.get(action);
      if (!call) {
        call = (params?: object) => callFunction<unknown>(name, action, params);
        calls.set(action, call);
      }
      return call;
    },
  };
  return new Proxy({}, handler) as Client<C>;
}

export const api = {
  booking: client<typeof booking>('booking'),
  content: client<typeof content>('content'),
  orders: client<typeof orders>('orders'),
  patients: client<typeof patients>('patients'),
  staff: client<typeof staff>('staff'),
  records: client<typeof records>('records'),
  clinic: client<typeof clinic>('clinic'),
  invoices: client<typeof invoices>('invoices'),
  schedule: client<typeof schedule>('schedule'),
  reminders: client<typeof reminders>('reminders'),
  navigation: client<typeof navigation>('navigation'),
  selftest: client<typeof selftest>('selftest'),
  feedback: client<typeof feedback>('feedback'),
  recordCopies: client<typeof recordCopies>('recordCopies'),
  triage: client<typeof triage>('triage'),
  delivery: client<typeof delivery>('delivery'),
  consult: client<typeof consult>('consult'),
  homecare: client<typeof homecare>('homecare'),
  followup: client<typeof followup>('followup'),
  queue: client<typeof queue>('queue'),
};
