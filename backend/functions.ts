import type { FunctionDef } from './handlers/framework/define';
import { contentFunction } from './handlers/content';
import { staffFunction } from './handlers/staff';
import { bookingFunction } from './handlers/booking';
import { patientsFunction } from './handlers/patients';
import { scheduleFunction } from './handlers/schedule';
import { triageFunction } from './handlers/triage';
import { ordersFunction } from './handlers/orders';
import { invoicesFunction } from './handlers/invoices';
import { clinicFunction } from './handlers/clinic';
import { remindersFunction } from './handlers/reminders';
import { navigationFunction } from './handlers/navigation';
import { queueFunction } from './handlers/queue';
import { recordsFunction } from './handlers/records';
import { feedbackFunction } from './handlers/feedback';
import { recordCopiesFunction } from './handlers/record-copies';
import { homecareFunction } from './handlers/homecare';
import { selftestFunction } from './handlers/selftest';
import { followupFunction } from './handlers/followup';
import { deliveryFunction } from './handlers/delivery';
import { consultFunction } from './handlers/consult';

/** Every cloud function, by name. Each has a folder in cloudfunctions/ with the same name. */
export const functions: Record<string, FunctionDef> = {
  content: contentFunction,
  staff: staffFunction,
  patients: patientsFunction,
  booking: bookingFunction,
  schedule: scheduleFunction,
  triage: triageFunction,
  orders: ordersFunction,
  invoices: invoicesFunction,
  clinic: clinicFunction,
  reminders: remindersFunction,
  navigation: navigationFunction,
  queue: queueFunction,
  records: recordsFunction,
  feedback: feedbackFunction,
  recordCopies: recordCopiesFunction,
  homecare: homecareFunction,
  selftest: selftestFunction,
  followup: followupFunction,
  delivery: deliveryFunction,
  consult: consultFunction,
};
