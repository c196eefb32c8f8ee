/** Typed calls of the `patients` cloud function: the account's family members (就诊人). */
import type { PatientInput, PatientView } from '../shared/dto/booking';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('patients', action, params);

export const listPatients = () => call<{ patients: PatientView[]; max: number }>('list');
export const addPatient = (input: PatientInput, requestId: string) => call<{ id: string; patient: PatientView }>('add', { ...input, requestId });
export const updatePatient = (patientId: string, input: PatientInput) => call<{ patient: PatientView }>('update', { patientId, ...input });
export const removePatient = (patientId: string) => call<{ removed: boolean }>('remove', { patientId });
