/** The `followup` cloud function (backend/handlers/followup/): 在线复诊 for patients, the doctors' console, the pharmacists' review. */
import { z } from 'zod';
import {
  type EligibilityView,
  type FollowupSettings,
  type FollowupView,
  type FormularyOption,
  ONLINE_RX_TYPES,
  type PreviousItemView,
  type RxLineDraft,
  type RxView,
} from '../dto/online';
import { act } from './define';
import { fields } from './fields';
import { attachPhoto, type PhotoLink } from './photos';

type One = { followup: FollowupView };
type Rx = { prescription: RxView };

const byFollowup = () => z.object({ followupId: fields.id() });
const byHospital = () => z.object({ hospitalId: fields.id() });
const line = () =>
  z
    .object({
      code: z
        .string()
        .min(1)
        .max(32)
        .regex(/^[A-Za-z0-9._-]+$/),
      quantity: z.number().int().min(1).max(99),
      days: z.number().int().min(1).max(84),
    })
    .strict();
const plan = { type: z.enum(ONLINE_RX_TYPES), chronicNote: fields.text(60).optional(), items: z.array(line()).min(1).max(5) };

export const followup = {
  eligibility: act<EligibilityView>()(z.object({ patientId: fields.id(), departmentId: fields.id() })),
  attach: attachPhoto(),
  start: act<One>()(
    z.object({
      patientId: fields.id(),
      departmentId: fields.id(),
      changes: fields.requiredMultilineText(500),
      reportIds: z.array(fields.id()).max(9).optional(),
      photoIds: z.array(fields.id()).max(9).optional(),
      guardianPresent: z.boolean().optional(),
      requestId: fields.requestId(),
    }),
  ),
  mine: act<{ followups: FollowupView[] }>()(z.object({})),
  get: act<One>()(byFollowup()),
  photoLink: act<PhotoLink>()(z.object({ followupId: fields.id(), photoId: fields.id() })),
  message: act<One>()(z.object({ followupId: fields.id(), text: fields.requiredMultilineText(500), requestId: fields.requestId() })),
  withdraw: act<One>()(byFollowup()),
  settings: act<{ settings: FollowupSettings }>()(byHospital()),
  saveSettings: act<{ settings: FollowupSettings }>()(
    z.object({ hospitalId: fields.id(), windowDays: z.number().int().min(30).max(365), feeFen: z.number().int().min(0).max(100_000), shipsCold: z.boolean() }),
  ),
  worklist: act<{ followups: FollowupView[] }>()(byHospital()),
  accept: act<One>()(byFollowup()),
  decline: act<One>()(z.object({ followupId: fields.id(), reason: fields.requiredText(200) })),
  refer: act<One & { booking: { departmentId: string } }>()(z.object({ followupId: fields.id(), reason: fields.requiredText(200) })),
  complete: act<One>()(byFollowup()),
  formulary: act<{ drugs: FormularyOption[] }>()(byFollowup()),
  previous: act<{ items: PreviousItemView[]; renewal: { lines: RxLineDraft[]; left: string[] } }>()(byFollowup()),
  renew: act<Rx & { notRenewed: string[] }>()(z.object({ followupId: fields.id(), chronicNote: fields.text(60).optional(), requestId: fields.requestId() })),
  prescribe: act<Rx>()(z.object({ followupId: fields.id(), ...plan, requestId: fields.requestId() })),
  revise: act<Rx>()(z.object({ prescriptionId: fields.id(), ...plan })),
  reviewQueue: act<{ prescriptions: RxView[] }>()(byHospital()),
  review: act<Rx>()(z.object({ prescriptionId: fields.id(), decision: z.enum(['approve', 'return']), reason: fields.text(200).optional() })),
  prescription: act<Rx>()(z.object({ prescriptionId: fields.id() })),
};
