import { reminders } from '../../../miniprogram/shared/contract/reminders';
import { defineFunction } from '../framework/define';
import * as actions from './actions';
import { remindersTimer } from './timer';

/** The `reminders` cloud function: consent, template ids, failed messages; its timer creates and sends reminders. */
export const remindersFunction = defineFunction('reminders', reminders, { ...actions }, remindersTimer);
