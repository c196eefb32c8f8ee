/** Typed calls of the `consult` cloud function (在线咨询). */
import type { ConsultOfferView, ConsultThreadView, ConsultView, VisitAdvice } from '../shared/dto/consult';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('consult', action, params);

export type ConsultTarget = { doctorId: string } | { departmentId: string };

export interface ConsultAnswerDraft {
  text: string;
  assessment: string;
  actNow: string;
  warningSigns: string;
  visit: VisitAdvice;
  visitWhen: string;
  departmentId: string;
}

type One = { consultation: ConsultView };

export const consultOffer = (hospitalId: string, target: ConsultTarget) => call<{ offer: ConsultOfferView }>('offer', { hospitalId, ...target });
export const attachConsultPhoto = (hospitalId: string, image: string, requestId: string) =>
  call<{ photoId: string }>('attach', { hospitalId, image, requestId });
export const askConsult = (hospitalId: string, target: ConsultTarget, patientId: string, text: string, images: string[], requestId: string) =>
  call<One>('ask', { hospitalId, ...target, patientId, text, images, requestId });
export const myConsults = () => call<{ consultations: ConsultView[] }>('mine');
export const consultThread = (consultationId: string) => call<ConsultThreadView>('thread', { consultationId });
export const followUpConsult = (consultationId: string, text: string, images: string[], requestId: string) =>
  call<ConsultThreadView>('followUp', { consultationId, text, images, requestId });
export const endConsult = (consultationId: string) => call<One>('end', { consultationId });
export const withdrawConsult = (consultationId: string) => call<One>('withdraw', { consultationId });

export const consultWorklist = (hospitalId: string) => call<{ consultations: ConsultView[] }>('worklist', { hospitalId });
export const acceptConsult = (consultationId: string) => call<ConsultThreadView>('accept', { consultationId });
export const declineConsult = (consultationId: string, reason: string) => call<One>('decline', { consultationId, reason });
export const replyConsult = (consultationId: string, draft: ConsultAnswerDraft, requestId: string) => {
  const optional = Object.fromEntries(Object.entries(draft).filter(([key, value]) => key !== 'text' && value !== ''));
  return call<ConsultThreadView>('reply', { consultationId, text: draft.text, ...optional, requestId });
};

/** A hospital's consultation settings (fees in fen; a doctor without an own fee pays the default). */
export interface ConsultSettings {
  answerHours: number;
  defaultFen: number;
  departmentFen: number;
  doctorFees: Record<string, number>;
}

export const consultSettings = (hospitalId: string) => call<{ settings: ConsultSettings }>('getSettings', { hospitalId });
export const saveConsultSettings = (hospitalId: string, settings: ConsultSettings) =>
  call<{ settings: ConsultSettings }>('saveSettings', { hospitalId, ...settings });
