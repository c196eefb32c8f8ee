/**
 * The `clinic` cloud function: what happens in the consulting room. A nurse checks a patient in;
 * a doctor completes the visit, and the hospital information system answers the visit's orders
 * (lab tests, imaging, prescriptions), which become unpaid outpatient orders for the patient.
 * Admin and billing staff review HIS answers that failed their checks.
 */
import { clinic } from '../../../miniprogram/shared/contract/clinic';
import { defineFunction } from '../framework/define';
import { completeVisit } from './complete-visit';
import { hisIssues } from './his-issues';
import { checkIn, sessionAppointments } from './room-actions';
import { clinicTimer } from './timer';

export const clinicFunction = defineFunction('clinic', clinic, { sessionAppointments, checkIn, completeVisit, hisIssues }, clinicTimer);
