/** Typed calls of the `feedback` cloud function (就医反馈). */
import type { ComplaintRules, ComplaintView, ImprovementView, RatingView, VisitToRate } from '../shared/dto/feedback';
import type { ComplaintCategory, RatedService, RatingAspect } from '../shared/enums';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('feedback', action, params);

export interface Satisfaction {
  month: string;
  total: number;
  departments: Array<{ departmentId: string; departmentName: string; count: number; averages: Record<RatingAspect, number | null>; satisfiedPercent: number }>;
}

export interface VisitRating {
  title: string;
  dateText: string;
  /** The aspects this item is scored on. */
  aspects: RatingAspect[];
  canRate: boolean;
  rating: RatingView | null;
}

export interface ComplaintDraft {
  hospitalId: string;
  category: ComplaintCategory;
  text: string;
  appointmentId?: string;
  photoIds: string[];
}

export const myVisits = () => call<{ visits: VisitToRate[] }>('myVisits');
export const visitRating = (appointmentId: string) => call<VisitRating>('myRating', { appointmentId });
export const rateVisit = (appointmentId: string, scores: Partial<Record<RatingAspect, number>>, comment: string) =>
  call<{ rating: RatingView }>('rate', { appointmentId, scores, ...(comment ? { comment } : {}) });
export const serviceRating = (kind: RatedService, itemId: string) => call<VisitRating>('serviceRating', { kind, itemId });
export const rateService = (kind: RatedService, itemId: string, scores: Partial<Record<RatingAspect, number>>, comment: string) =>
  call<{ rating: RatingView }>('rateService', { kind, itemId, scores, ...(comment ? { comment } : {}) });
export const complain = (draft: ComplaintDraft, requestId: string) => call<{ complaint: ComplaintView }>('complain', { ...draft, requestId });
export const myComplaints = () => call<{ complaints: ComplaintView[] }>('myComplaints');
export const getComplaint = (complaintId: string) => call<{ complaint: ComplaintView }>('complaint', { complaintId });
export const attachPhoto = (hospitalId: string, image: string, requestId: string) => call<{ photoId: string }>('attach', { hospitalId, image, requestId });
export const photoLink = (photoId: string) => call<{ url: string }>('photoLink', { photoId });
export const hospitalChanges = (hospitalId: string) => call<{ changes: ImprovementView[] }>('changes', { hospitalId });

export const worklist = (hospitalId: string) => call<{ complaints: ComplaintView[]; answered: ComplaintView[] }>('worklist', { hospitalId });
export const assignComplaint = (complaintId: string, handler: string, multiDepartment: boolean) =>
  call<{ complaint: ComplaintView }>('assign', { complaintId, handler, multiDepartment });
export const answerComplaint = (complaintId: string, text: string) => call<{ complaint: ComplaintView }>('answer', { complaintId, text });
export const closeComplaint = (complaintId: string) => call<{ complaint: ComplaintView }>('close', { complaintId });
export const overdueComplaints = (hospitalId: string) => call<{ complaints: ComplaintView[] }>('overdue', { hospitalId });
export const satisfaction = (hospitalId: string, month: string) => call<Satisfaction>('stats', { hospitalId, month });
export const addChange = (hospitalId: string, title: string, text: string, departmentName: string, requestId: string) =>
  call<{ change: ImprovementView }>('addChange', { hospitalId, title, text, ...(departmentName ? { departmentName } : {}), requestId });
export const complaintRules = (hospitalId: string) => call<{ rules: ComplaintRules }>('getRules', { hospitalId });
export const saveComplaintRules = (hospitalId: string, rules: ComplaintRules) => call<{ rules: ComplaintRules }>('saveRules', { hospitalId, ...rules });
