/** One room (resource) of an exam order on the exam page: its date strip and the chosen day's slots. */
import type { OwnerSchedule } from '../../shared/dto/booking';
import type { View } from '../../stores/remote';
import { pickDate, stripOf, type SlotGroup, type StripDay } from '../common/schedule';

export interface ResourceBlock {
  ownerId: string;
  ownerName: string;
  /** Where the room is. */
  subtitle: string;
  strip: StripDay[];
  date: string;
  slots: View<SlotGroup[]>;
}

export function resourceBlock(s: OwnerSchedule): ResourceBlock {
  return {
    ownerId: s.ownerId,
    ownerName: s.ownerName,
    subtitle: s.subtitle,
    strip: stripOf(s.days),
    date: pickDate(s.days, ''),
    slots: { status: 'loading', data: null, error: '' },
  };
}
