/** Stored shapes of 就医反馈: visit ratings, complaints and suggestions, photos, and the hospital's changes. */
import type { ComplaintCategory, ComplaintStatus, RatedService, RatingAspect } from '../../../miniprogram/shared/enums';

/** Stars per aspect: a visit scores all five of its aspects, a service those of its kind (domain/feedback/ratings.ts). */
export type Scores = Partial<Record<RatingAspect, number>>;

/**
 * One rating per item: a visit's `_id` is `rating-<appointmentId>`, an online service's
 * `rating-<kind>-<itemId>` with `kind` and `itemId` set and `appointmentId` ''.
 */
export interface RatingDoc {
  _id: string;
  hospitalId: string;
  openid: string;
  appointmentId: string;
  kind?: RatedService;
  itemId?: string;
  departmentId: string;
  departmentName: string;
  /** 'YYYY-MM' of the visit (Shanghai), the statistics' month. */
  month: string;
  scores: Scores;
  comment: string;
  createdAt: number;
  updatedAt: number;
  edits: number;
}

/** Who changed a complaint's state, when, and what they wrote. */
export interface ComplaintStep {
  status: ComplaintStatus;
  by: string;
  byName: string;
  at: number;
  note: string;
}

export interface ComplaintDoc {
  _id: string;
  hospitalId: string;
  openid: string;
  category: ComplaintCategory;
  appointmentId: string | null;
  departmentId: string | null;
  departmentName: string;
  text: string;
  photoIds: string[];
  status: ComplaintStatus;
  receivedAt: number;
  /** Working days allowed: the hospital's limit for one department, or for several once staff say so. */
  limitDays: number;
  multiDepartment: boolean;
  dueAt: number;
  handler: string;
  answer: string;
  answeredAt: number | null;
  closedAt: number | null;
  /** Set once by the feedback timer when the deadline passed unanswered. */
  escalatedAt: number | null;
  /** `open` while received or being handled, `done` after: the worklist's and the timer's index. */
  phase: 'open' | 'done';
  steps: ComplaintStep[];
  updatedAt: number;
}

/** A photo a patient uploaded for a complaint. */
export type { PhotoDoc as FeedbackPhotoDoc } from '../photos';

/** A change the hospital made (你说我改), written by service staff, public. */
export interface ImprovementDoc {
  _id: string;
  hospitalId: string;
  title: string;
  text: string;
  departmentName: string;
  by: string;
  byName: string;
  publishedAt: number;
}

/** The hospital's complaint time limits in working days. */
export interface ComplaintRulesDoc {
  _id: string;
  singleDays: number;
  multiDays: number;
  updatedAt: number;
}
