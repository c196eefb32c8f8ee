/** A hospital's queue settings (`hospital.queue`), with defaults. */
export interface QueueSettings {
  /** Check-in opens this many minutes before the slot starts … */
  checkInOpensMinutes: number;
  /** … and closes this many minutes after it starts (the nurse can still check a patient in). */
  checkInClosesMinutes: number;
  /** A skipped (过号) patient moves back this many places, twice at most, then to the end. */
  skipPlaces: number;
  /** Check-in by location within this many metres of the hospital; 0: only by the clinic's code. */
  locationRadiusMeters: number;
}

export const defaultQueueSettings: QueueSettings = {
  checkInOpensMinutes: 60,
  checkInClosesMinutes: 30,
  skipPlaces: 3,
  locationRadiusMeters: 0,
};

export function queueSettingsOf(stored: Partial<QueueSettings> | undefined): QueueSettings {
  return { ...defaultQueueSettings, ...(stored ?? {}) };
}
