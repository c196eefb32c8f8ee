/**
 * The journey companion as a store: the patient's next step computed from my appointments, my
 * unpaid orders and, for a checked-in visit, its live queue (the rules are in `journey.ts`). 首页
 * binds `next` and `steps`; every page that books, cancels, checks in or pays calls `visitsChanged()`.
 */
import { observable } from 'mobx-miniprogram';
import { api } from '../api/index';
import type { QueueStatus } from '../shared/dto/queue';
import type { Envelope } from '../shared/envelope';
import { appointments } from './appointments';
import { journeyOf, nextStep, type JourneyStep, type NextStep, upcomingVisit } from './journey';
import { orders } from './orders';
import { Remote } from './resource';
import { session } from './session';

/** The queue of the upcoming visit once it is checked in; null before (no call). */
async function liveQueue(): Promise<Envelope<QueueStatus | null>> {
  const upcoming = upcomingVisit(appointments.active.data ?? []);
  if (!upcoming || upcoming.status !== 'checked_in') return { ok: true, data: null };
  return api.queue.status({ appointmentId: upcoming.id });
}

export const journey = observable({
  queue: new Remote<QueueStatus | null>(liveQueue),

  get next(): NextStep {
    return nextStep(appointments.active.data ?? [], orders.unpaid.data ?? [], this.queue.data);
  },
  /** The five steps of the visit as 首页 draws them, for the chosen hospital. */
  get steps(): JourneyStep[] {
    return journeyOf(this.next, session.hospital);
  },

  /** Appointments and unpaid orders (as held while fresh, `force` to ask again), then the queue. */
  async refresh(force = false): Promise<void> {
    await Promise.all([appointments.active.get(force), orders.unpaid.get(force)]);
    await this.queue.refresh();
  },
});

/** After booking, cancelling, checking in or paying: the appointments, the orders and the queue as far as loaded. */
export async function visitsChanged(): Promise<void> {
  await Promise.all([appointments.changed(), orders.changed()]);
  await journey.queue.invalidate();
}

export type JourneyStore = typeof journey;
