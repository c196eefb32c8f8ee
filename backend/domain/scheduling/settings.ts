/**
 * A hospital's booking settings, with the product's defaults (README.md, booking). Stored on the hospital document
 * (`booking`); a hospital without them uses the defaults.
 */
export interface NoShowRule {
  /** This many no-shows … */
  count: number;
  /** … within this many days … */
  withinDays: number;
  /** … restrict booking for this many days from the last one. */
  restrictDays: number;
}

export interface BookingSettings {
  /** How many days ahead patients may book (1–14). */
  windowDays: number;
  /** 'HH:mm' when each day's new date opens; never 22:00–06:00. */
  releaseTime: string;
  /** Cancelling is allowed until this many minutes before the slot starts. */
  cancelDeadlineMinutes: number;
  /** An unpaid booking is held this long. */
  holdMinutes: number;
  /** Appointments per patient per day. */
  dailyCap: number;
  noShow: NoShowRule;
}

export const defaultBookingSettings: BookingSettings = {
  windowDays: 7,
  releaseTime: '08:00',
  cancelDeadlineMinutes: 120,
  holdMinutes: 15,
  dailyCap: 3,
  noShow: { count: 3, withinDays: 90, restrictDays: 30 },
};

export function withDefaults(stored: Partial<BookingSettings> | undefined): BookingSettings {
  return { ...defaultBookingSettings, ...(stored ?? {}), noShow: { ...defaultBookingSettings.noShow, ...(stored?.noShow ?? {}) } };
}
