/**
 * My appointments (我的预约), current and past, shared by 首页 (the journey), 我的预约 and the pages
 * that read them; loaded again after booking, cancelling, checking in and paying (`visitsChanged`
 * in `journey-store.ts`).
 */
import { observable } from 'mobx-miniprogram';
import { api } from '../api/index';
import type { AppointmentView } from '../shared/dto/booking';
import { mapEnvelope } from './remote';
import { Remote } from './resource';

export type AppointmentsTab = 'active' | 'past';

const listOf = (tab: AppointmentsTab) => async () => mapEnvelope(await api.booking.mine({ status: tab }), (d) => d.appointments);

export const appointments = observable({
  /** 待支付, 已预约 and 已签到, the earliest first. */
  active: new Remote<AppointmentView[]>(listOf('active')),
  /** Ended (completed, cancelled, missed), the latest first. */
  past: new Remote<AppointmentView[]>(listOf('past')),

  list(tab: AppointmentsTab): Remote<AppointmentView[]> {
    return tab === 'active' ? this.active : this.past;
  },

  /** After a write that changes an appointment: both lists, as far as they were loaded. */
  async changed(): Promise<void> {
    await Promise.all([this.active.invalidate(), this.past.invalidate()]);
  },
});

export type AppointmentsStore = typeof appointments;
