/**
 * The `feedback` cloud function (就医反馈): patients rate completed visits and send complaints and
 * suggestions with photos; the service desk (role `service`) works complaints to their deadline;
 * the admin sees satisfaction per department and month, and the overdue complaints the timer
 * escalated; anyone reads the hospital's changes (你说我改).
 */
import { feedback } from '../../../miniprogram/shared/contract/feedback';
import { defineFunction } from '../framework/define';
import { complain, complaint, myComplaints } from './complain';
import { answer, assign, close, overdue, worklist } from './handle';
import { addChange, changes } from './improvements';
import { attach, photoLink } from './photos';
import { myRating, myVisits, rate, stats } from './ratings';
import { getRules, saveRules } from './rules';
import { rateService, serviceRating } from './service-ratings';
import { feedbackTimer } from './timer';

export const feedbackFunction = defineFunction(
  'feedback',
  feedback,
  {
    rate,
    myRating,
    myVisits,
    stats,
    attach,
    photoLink,
    complain,
    myComplaints,
    complaint,
    worklist,
    assign,
    answer,
    close,
    overdue,
    changes,
    addChange,
    getRules,
    saveRules,
    rateService,
    serviceRating,
  },
  feedbackTimer,
);
