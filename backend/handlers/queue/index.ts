/**
 * The `queue` cloud function (在线候诊, function 9): check-in and the patient's place; the nurse's
 * console (call, recall, skip, priority, 回诊, pause, room, check-in, area codes); the doctor's own
 * sessions; an exam room's start and finish of the exam (its nurses); the admin's nurse areas; the patient's care path of the day on the live queues. See docs/queue.md.
 */
import { queue } from '../../../miniprogram/shared/contract/queue';
import { defineFunction } from '../framework/define';
import { assignAreas, listAreas } from './admin-actions';
import { carePath } from './care-path';
import { finishReturn, startVisit } from './doctor-actions';
import { finishExam, startExam } from './exam-actions';
import { areaCode, callNext, checkInFor, markReturning, pause, recall, resume, setPriority, setRoom, skip } from './nurse-actions';
import { checkIn, status } from './patient-actions';
import { getSettings, saveSettings } from './settings-actions';
import { mySessions, sessionQueue } from './staff-views';
import { addWalkIn } from './walk-in';

export const queueFunction = defineFunction('queue', queue, {
  checkIn,
  status,
  callNext,
  recall,
  skip,
  checkInFor,
  addWalkIn,
  setPriority,
  markReturning,
  pause,
  resume,
  setRoom,
  areaCode,
  sessionQueue,
  mySessions,
  startVisit,
  finishReturn,
  assignAreas,
  listAreas,
  getSettings,
  saveSettings,
  carePath,
  startExam,
  finishExam,
});
