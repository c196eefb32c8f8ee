/**
 * The `followup` cloud function (在线复诊, docs/online.md): eligibility from the HIS's visit
 * history, the patient's request with changes and results, the doctor's console (accept, decline
 * with a full refund, renew, adjust within the diagnosis, ask for an in-person visit), the
 * pharmacist's review queue, and an append-only record of the encounter.
 */
import { followup } from '../../../miniprogram/shared/contract/followup';
import { defineFunction } from '../framework/define';
import { accept, complete, decline, formulary, prescribe, previous, refer, renew, revise, worklist } from './doctor';
import { attach, eligibility, get, message, mine, photoLink, saveSettings, settings, start, withdraw } from './patient';
import { prescription, review, reviewQueue } from './pharmacist';
import { followupTimer } from './timer';

export const followupFunction = defineFunction(
  'followup',
  followup,
  {
    eligibility,
    attach,
    start,
    mine,
    get,
    photoLink,
    message,
    withdraw,
    settings,
    saveSettings,
    worklist,
    accept,
    decline,
    refer,
    complete,
    formulary,
    previous,
    renew,
    prescribe,
    revise,
    reviewQueue,
    review,
    prescription,
  },
  followupTimer,
);
