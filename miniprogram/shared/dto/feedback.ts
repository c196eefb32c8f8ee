/** DTOs of the `feedback` cloud function (就医反馈): ready to show, labels and times included. */
import type { ComplaintCategory, ComplaintStatus, RatingAspect } from '../enums';

export interface AspectScore {
  aspect: RatingAspect;
  label: string;
  score: number;
}

export interface RatingView {
  appointmentId: string;
  scores: AspectScore[];
  comment: string;
  ratedText: string;
  editable: boolean;
  editableUntilText: string;
}

/** A completed visit of the caller's and its rating state. */
export interface VisitToRate {
  appointmentId: string;
  title: string;
  dateText: string;
  rated: boolean;
  editable: boolean;
}

/** One stage of the patient's clock: received → being handled → answered. */
export interface ClockStage {
  label: string;
  done: boolean;
  atText: string;
}

export interface ComplaintStepView {
  statusLabel: string;
  byName: string;
  atText: string;
  note: string;
}

export interface ComplaintView {
  id: string;
  hospitalId: string;
  category: ComplaintCategory;
  categoryLabel: string;
  departmentName: string;
  appointmentId: string | null;
  text: string;
  photoIds: string[];
  status: ComplaintStatus;
  statusLabel: string;
  receivedText: string;
  dueAt: number;
  dueText: string;
  limitDays: number;
  /** Working days left before the deadline; negative once past (while unanswered). */
  daysLeft: number;
  overdue: boolean;
  escalated: boolean;
  handler: string;
  answer: string;
  answeredText: string;
  clock: ClockStage[];
  steps: ComplaintStepView[];
}

export interface ImprovementView {
  id: string;
  title: string;
  text: string;
  departmentName: string;
  publishedText: string;
}

export interface ComplaintRules {
  singleDays: number;
  multiDays: number;
}

/** A visit's or a service's rating page: what is rated, on which aspects, whether it can be (still) rated. */
export interface VisitRating {
  title: string;
  dateText: string;
  /** The aspects this item is scored on. */
  aspects: readonly RatingAspect[];
  canRate: boolean;
  rating: RatingView | null;
}

/** One row of the monthly satisfaction figures: a department (or a service's own row). */
export interface DepartmentSatisfaction {
  departmentId: string;
  departmentName: string;
  count: number;
  /** Average stars per aspect, one decimal; null for an aspect no rating of the row scored. */
  averages: Record<RatingAspect, number | null>;
  /** Share of ratings whose every scored aspect is 4 or 5 stars, in percent. */
  satisfiedPercent: number;
}

/** The admin's satisfaction figures for a month. */
export interface Satisfaction {
  month: string;
  total: number;
  departments: DepartmentSatisfaction[];
}
