/** The `feedback` cloud function (backend/handlers/feedback/): ratings, complaints with photos, the service desk, 你说我改. */
import { z } from 'zod';
import type { ComplaintRules, ComplaintView, ImprovementView, RatingView, Satisfaction, VisitRating, VisitToRate } from '../dto/feedback';
import type { FileLink } from '../dto/files';
import { ComplaintCategory, RatedService, enumValues } from '../enums';
import { act } from './define';
import { fields } from './fields';

const star = () => z.number().int().min(1).max(5);
const kindField = () => z.enum(Object.values(RatedService), { message: '评价的服务类型不正确' });

const visitScores = z.object({ doctor: star(), nurse: star(), waiting: star(), environment: star(), payment: star() }).strict();
/** A visit's stars: every aspect of a visit (backend/domain/feedback/ratings.ts VISIT_ASPECTS). */
export type VisitScores = z.input<typeof visitScores>;

type Rated = { rating: RatingView };
type One = { complaint: ComplaintView };

export const feedback = {
  rate: act<Rated>()(
    z.object({
      appointmentId: fields.id(),
      scores: visitScores,
      comment: fields.multilineText(300).optional(),
    }),
  ),
  myRating: act<VisitRating>()(z.object({ appointmentId: fields.id() })),
  myVisits: act<{ visits: VisitToRate[] }>()(z.object({})),
  stats: act<Satisfaction>()(
    z.object({
      hospitalId: fields.id(),
      month: z
        .string()
        .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, { message: '月份格式应为YYYY-MM' })
        .optional(),
    }),
  ),
  attach: act<{ photoId: string }>()(z.object({ hospitalId: fields.id(), image: fields.image(), requestId: fields.requestId() })),
  photoLink: act<FileLink>()(z.object({ photoId: fields.id() })),
  complain: act<One>()(
    z.object({
      hospitalId: fields.id(),
      category: z.enum(enumValues(ComplaintCategory)),
      text: fields.requiredMultilineText(1000),
      appointmentId: fields.id().optional(),
      departmentId: fields.id().optional(),
      photoIds: z.array(fields.id()).max(6).optional(),
      requestId: fields.requestId(),
    }),
  ),
  myComplaints: act<{ complaints: ComplaintView[] }>()(z.object({})),
  complaint: act<One>()(z.object({ complaintId: fields.id() })),
  worklist: act<{ complaints: ComplaintView[]; answered: ComplaintView[] }>()(z.object({ hospitalId: fields.id() })),
  assign: act<One>()(z.object({ complaintId: fields.id(), handler: fields.requiredText(40), multiDepartment: z.boolean() })),
  answer: act<One>()(z.object({ complaintId: fields.id(), text: fields.requiredMultilineText(1000) })),
  close: act<One>()(z.object({ complaintId: fields.id(), note: fields.text(200).optional() })),
  overdue: act<{ complaints: ComplaintView[] }>()(z.object({ hospitalId: fields.id() })),
  changes: act<{ changes: ImprovementView[] }>()(z.object({ hospitalId: fields.id() })),
  addChange: act<{ change: ImprovementView }>()(
    z.object({
      hospitalId: fields.id(),
      title: fields.requiredText(40),
      text: fields.requiredMultilineText(1000),
      departmentName: fields.text(30).optional(),
      requestId: fields.requestId(),
    }),
  ),
  getRules: act<{ rules: ComplaintRules }>()(z.object({ hospitalId: fields.id() })),
  saveRules: act<{ rules: ComplaintRules }>()(
    z.object({ hospitalId: fields.id(), singleDays: z.number().int().min(1).max(15), multiDays: z.number().int().min(1).max(30) }),
  ),
  rateService: act<Rated>()(
    z.object({
      kind: kindField(),
      itemId: fields.id(),
      scores: z.object({ doctor: star(), nurse: star(), response: star(), speed: star(), packaging: star(), punctuality: star() }).partial().strict(),
      comment: fields.multilineText(300).optional(),
    }),
  ),
  serviceRating: act<VisitRating>()(z.object({ kind: kindField(), itemId: fields.id() })),
};
