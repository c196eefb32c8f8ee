/**
 * How long a long-term medicine lasts: the units dispensed ÷ the units taken a day, counted from
 * the dispensing date (Asia/Shanghai calendar days). Pure: the time is passed in.
 */
import { shanghaiDate, shanghaiInstant } from '../../../miniprogram/shared/time';
import { unitsPerDay, type Frequency } from './frequency';

/** Book the follow-up when this many days or fewer are left. */
export const NUDGE_DAYS = 7;

export interface SupplyItem {
  unitsPerTake: number;
  frequency: Frequency;
  quantity: number;
  unitsPerPack: number;
}

export interface Supply {
  /** Days the dispensed quantity covers. */
  coveredDays: number;
  daysLeft: number;
  /** 'YYYY-MM-DD': the last day with medicine. */
  runsOutOn: string;
  nudge: boolean;
}

const DAY_MS = 86_400_000;

export function supplyOf(item: SupplyItem, dispensedAt: number, now: number): Supply | null {
  const daily = unitsPerDay(item.unitsPerTake, item.frequency);
  if (daily === null || daily <= 0) return null;
  const coveredDays = Math.floor((item.quantity * item.unitsPerPack) / daily + 1e-9);
  const start = shanghaiInstant(shanghaiDate(dispensedAt));
  const today = shanghaiInstant(shanghaiDate(now));
  const used = Math.round((today - start) / DAY_MS);
  const daysLeft = Math.max(0, coveredDays - used);
  return { coveredDays, daysLeft, runsOutOn: shanghaiDate(start + (coveredDays - 1) * DAY_MS + 12 * 3_600_000), nudge: daysLeft <= NUDGE_DAYS };
}
