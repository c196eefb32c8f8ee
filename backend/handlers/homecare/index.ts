/**
 * The `homecare` cloud function (医护到家): patients request low-risk nursing at home from the
 * hospital's catalogue after a risk screen; coordinators (role homecare) assess, accept or decline,
 * assign a qualified nurse and reschedule; the nurse leaves, starts, records and finishes, with a
 * safety button; payment through the orders function, cancels refunded once.
 */
import { homecare } from '../../../miniprogram/shared/contract/homecare';
import { defineFunction } from '../framework/define';
import { saveService, services } from './catalog';
import { accept, alerts, assign, decline, nurses, reschedule, setNurse, worklist } from './coordinator';
import { alert, depart, finish, start, tasks } from './nurse';
import { attach, cancel, catalog, get, mine, photoLink, request } from './patient';
import { homecareTimer } from './timer';

export const homecareFunction = defineFunction(
  'homecare',
  homecare,
  {
    catalog,
    attach,
    photoLink,
    request,
    mine,
    get,
    cancel,
    worklist,
    accept,
    decline,
    assign,
    reschedule,
    alerts,
    nurses,
    setNurse,
    tasks,
    depart,
    start,
    finish,
    alert,
    services,
    saveService,
  },
  homecareTimer,
);
