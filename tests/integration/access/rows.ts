/**
 * The expectation rows of every function, by function name: one file per function in this folder.
 * A new function adds its file and one line here; a new action adds one row to its file
 * (docs/access.md).
 */
import { booking } from './booking';
import { clinic } from './clinic';
import { consult } from './consult';
import { content } from './content';
import { delivery } from './delivery';
import { feedback } from './feedback';
import { followup } from './followup';
import { homecare } from './homecare';
import { invoices } from './invoices';
import { navigation } from './navigation';
import { orders } from './orders';
import { patients } from './patients';
import { queue } from './queue';
import { recordCopies } from './record-copies';
import { records } from './records';
import { reminders } from './reminders';
import { schedule } from './schedule';
import { selftest } from './selftest';
import { staffActions } from './staff';
import type { Rows } from './table';
import { triage } from './triage';

export const rowsByFunction: Record<string, Rows> = {
  content,
  staff: staffActions,
  patients,
  booking,
  schedule,
  triage,
  orders,
  invoices,
  clinic,
  reminders,
  navigation,
  queue,
  records,
  feedback,
  recordCopies,
  homecare,
  selftest,
  followup,
  delivery,
  consult,
};
