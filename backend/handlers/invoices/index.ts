import { invoices } from '../../../miniprogram/shared/contract/invoices';
import { defineFunction } from '../framework/define';
import * as patient from './patient-actions';
import * as staff from './staff-actions';

/** The `invoices` cloud function: function 21 (电子发票) for patients, and the billing role's daily list. */
export const invoicesFunction = defineFunction('invoices', invoices, { ...patient, ...staff });
