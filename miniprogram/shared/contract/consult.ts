/** The `consult` cloud function (backend/handlers/consult/): 在线咨询 for patients, the doctors' console, the hospital's settings. */
import { z } from 'zod';
import { CONSULT_MAX_IMAGES, CONSULT_MAX_TEXT, type ConsultOfferView, type ConsultSettings, type ConsultThreadView, type ConsultView } from '../dto/consult';
import { act } from './define';
import { fields } from './fields';
import { attachPhoto } from './photos';

type One = { consultation: ConsultView };

const target = { doctorId: fields.id().optional(), departmentId: fields.id().optional() };
const oneTarget = (v: { doctorId?: string; departmentId?: string }): boolean => (v.doctorId === undefined) !== (v.departmentId === undefined);
const ONE_TARGET = { message: '请选择一位医生或一个科室', path: ['doctorId'] };
const text = () => fields.requiredMultilineText(CONSULT_MAX_TEXT);
const images = () =>
  z
    .array(fields.id())
    .max(CONSULT_MAX_IMAGES, { message: `最多${CONSULT_MAX_IMAGES}张图片` })
    .optional();
const byConsultation = () => z.object({ consultationId: fields.id() });
const byHospital = () => z.object({ hospitalId: fields.id() });
const fen = () => z.number().int().min(0).max(100_000);

export const consult = {
  offer: act<{ offer: ConsultOfferView }>()(z.object({ hospitalId: fields.id(), ...target }).refine(oneTarget, ONE_TARGET)),
  attach: attachPhoto(),
  ask: act<One>()(
    z
      .object({ hospitalId: fields.id(), ...target, patientId: fields.id(), text: text(), images: images(), requestId: fields.requestId() })
      .refine(oneTarget, ONE_TARGET),
  ),
  mine: act<{ consultations: ConsultView[] }>()(z.object({})),
  thread: act<ConsultThreadView>()(byConsultation()),
  followUp: act<ConsultThreadView>()(z.object({ consultationId: fields.id(), text: text(), images: images(), requestId: fields.requestId() })),
  end: act<One>()(byConsultation()),
  withdraw: act<One>()(byConsultation()),
  worklist: act<{ consultations: ConsultView[] }>()(byHospital()),
  accept: act<ConsultThreadView>()(byConsultation()),
  decline: act<One>()(z.object({ consultationId: fields.id(), reason: fields.requiredText(200) })),
  reply: act<ConsultThreadView>()(
    z.object({
      consultationId: fields.id(),
      text: text(),
      assessment: fields.multilineText(500).optional(),
      actNow: fields.multilineText(500).optional(),
      warningSigns: fields.multilineText(500).optional(),
      visit: z.enum(['none', 'planned', 'soon', 'now']).optional(),
      visitWhen: fields.text(40).optional(),
      departmentId: fields.id().optional(),
      requestId: fields.requestId(),
    }),
  ),
  getSettings: act<{ settings: ConsultSettings }>()(byHospital()),
  saveSettings: act<{ settings: ConsultSettings }>()(
    z.object({
      hospitalId: fields.id(),
      answerHours: z.number().int().min(1).max(72),
      defaultFen: fen(),
      departmentFen: fen(),
      doctorFees: z.record(fields.id(), fen()).refine((r) => Object.keys(r).length <= 200, { message: '最多200位医生' }),
    }),
  ),
};
