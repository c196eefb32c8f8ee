/** Typed calls of the `triage` cloud function: smart triage (智能导诊) and the body-map knowledge. */
import type { TriageAssessInput, TriageKnowledge, TriageResult } from '../shared/dto/triage';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('triage', action, params);

export const assessTriage = (input: TriageAssessInput) => call<TriageResult>('assess', input);
export const triageKnowledge = () => call<TriageKnowledge>('knowledge');
