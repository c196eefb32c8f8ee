/**
 * The `recordCopies` cloud function (病历邮寄): a patient, their agent or a deceased patient's heir
 * applies for copies of chosen visits' records with proof photos; the records office reviews,
 * sets the fee by the page count, copies and ships; the patient pays through the orders function.
 */
import { recordCopies } from '../../../miniprogram/shared/contract/record-copies';
import { defineFunction } from '../framework/define';
import { apply, attach, cancel, get, mine, proofLink, resubmit } from './apply';
import { fees, saveFees } from './fees';
import { copied, quote, refuse, requestMore, ship, worklist } from './office';
import { recordCopiesTimer } from './timer';

export const recordCopiesFunction = defineFunction(
  'recordCopies',
  recordCopies,
  { attach, proofLink, apply, mine, get, resubmit, cancel, fees, saveFees, worklist, requestMore, refuse, quote, copied, ship },
  recordCopiesTimer,
);
