/**
 * The `consult` cloud function (在线咨询, function 19): a question with pictures to a doctor or a
 * department, for oneself or a family member, paid through the orders function when it has a fee;
 * doctors accept, decline or answer in a structure; two follow-ups; closed 48 hours after the last
 * answer; refunds once; content security on what patients send (docs/online.md).
 */
import { consult } from '../../../miniprogram/shared/contract/consult';
import { defineFunction } from '../framework/define';
import { accept, decline, getSettings, reply, saveSettings, worklist } from './doctor';
import { ask, attach, end, followUp, mine, offer, withdraw } from './patient';
import { thread } from './thread';
import { consultTimer } from './timer';

export const consultFunction = defineFunction(
  'consult',
  consult,
  { offer, attach, ask, mine, thread, followUp, end, withdraw, worklist, accept, decline, reply, getSettings, saveSettings },
  consultTimer,
);
