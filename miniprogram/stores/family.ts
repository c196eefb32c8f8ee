/**
 * The account's family members (就诊人), shared by the booking, records, online and service pages
 * that pick one; loaded again after adding, editing or removing one.
 */
import { observable } from 'mobx-miniprogram';
import { api } from '../api/index';
import type { PatientView } from '../shared/dto/booking';
import { Remote } from './resource';

export interface FamilyList {
  patients: PatientView[];
  /** How many one account may add. */
  max: number;
}

export const family = observable({
  members: new Remote<FamilyList>(() => api.patients.list()),

  /** The member a page picks when none is asked for: 本人, else the first; null with none. */
  get defaultMember(): PatientView | null {
    const list = this.members.data ? this.members.data.patients : [];
    return list.find((p) => p.relation === 'self') ?? list[0] ?? null;
  },

  /** After adding, editing or removing a member. */
  changed(): Promise<void> {
    return this.members.invalidate();
  },
});

export type FamilyStore = typeof family;
