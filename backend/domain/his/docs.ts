/** Stored shapes of the hospital information system boundary: recorded answers and rejected ones. */
import type { HisIssueView } from '../../../miniprogram/shared/contract/clinic';
import type { HisOrder } from './answer';

/** The checked HIS answer of a completed visit, recorded before any order is made from it: the first answer stands. */
export interface HisAnswerDoc {
  /** `his-<appointmentId>`: one per visit. */
  _id: string;
  hospitalId: string;
  appointmentId: string;
  diagnosis: string;
  orders: HisOrder[];
  answeredAt: number;
}

/** An HIS answer that failed the checks, kept for the hospital's staff; the same fault on the same visit is one document. Staff read it as `HisIssueView`. */
export interface HisIssueDoc extends Omit<HisIssueView, 'id'> {
  _id: string;
  hospitalId: string;
}
