/**
 * The `records` cloud function: reports (function 12), prescriptions (14) and medication guidance
 * (15) with medication plans, a dose diary and reminders for patients; the critical-value worklist for doctors and nurses. Its timer pulls new
 * reports and announces the ones that turned final.
 */
import { records } from '../../../miniprogram/shared/contract/records';
import { defineFunction } from '../framework/define';
import { drug, interactions } from './drug-actions';
import { markDose, plan, savePlan } from './plan-actions';
import { prescriptions } from './prescription-actions';
import { report, reports, trend } from './report-actions';
import { criticalList, recordContact } from './staff-actions';
import { recordsTimer } from './timer';

export const recordsFunction = defineFunction(
  'records',
  records,
  { reports, report, trend, prescriptions, drug, interactions, savePlan, plan, markDose, criticalList, recordContact },
  recordsTimer,
);
