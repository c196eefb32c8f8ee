/** The stored shape of a hospital's map (collection `navigation`, one document per hospital). */
import type { NavMap } from './map';

export interface NavigationDoc {
  /** `nav-${hospitalId}`. */
  _id: string;
  hospitalId: string;
  map: NavMap;
  /** Whether exams, lab tests and the pharmacy come after paying (the care path puts the cashier first). */
  payBeforeExam: boolean;
  updatedAt: number;
  updatedBy: string;
}

export const navigationDocId = (hospitalId: string): string => `nav-${hospitalId}`;
