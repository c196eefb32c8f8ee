import type { HospitalDoc } from '../../domain/content/docs';
import type { Ctx } from '../framework/context';
import { schedule } from '../../../miniprogram/shared/contract/schedule';
import { defineFunction } from '../framework/define';
import { purgeExpiredGuards } from '../framework/guard-expiry';
import { findAll } from '../framework/find-all';
import * as clinic from './clinic-actions';
import * as places from './places-actions';
import { stopClinic } from './stop-clinic';
import { publishHospital } from './publish';
import * as templates from './template-actions';

/**
 * Every night the window moves a day: publish each hospital's templates for it; then remove the
 * dispatcher's expired request keys and rate counters (framework/guard-expiry.ts).
 */
async function nightly(ctx: Ctx): Promise<{ created: Record<string, number>; purged: { requestKeys: number; rateCounters: number } }> {
  const created: Record<string, number> = {};
  for (const h of await findAll<HospitalDoc>(ctx.db, 'hospitals', {}, [['sort', 'asc']])) {
    created[h._id] = (await publishHospital(ctx.db, h, ctx.now)).created;
  }
  return { created, purged: await purgeExpiredGuards(ctx.db, ctx.now) };
}

/** The `schedule` cloud function: schedulers' templates, settings, publishing, stop-clinic and add-on; the admin's place reconciler. */
export const scheduleFunction = defineFunction('schedule', schedule, { ...templates, ...clinic, stopClinic, ...places }, nightly);
