/**
 * The `selftest` cloud function: runs backend/selftest/run.ts against the environment's own
 * database. Callers: a platform admin (PEIZHEN_ADMIN_OPENIDS) from the mini program, or a call
 * without a WeChat user, i.e. the management API's invoke (`npm run cloud:verify`); any other user
 * is FORBIDDEN. It has no timer, so a timer event is refused (backend/handlers/framework/dispatch.ts).
 */
import { selftest } from '../../miniprogram/shared/contract/selftest';
import { ErrorCode } from '../../miniprogram/shared/errors';
import { runSelftest } from '../selftest/run';
import { AppError } from './framework/app-error';
import { action, defineFunction } from './framework/define';
import { deployment } from './framework/who';

const run = action(selftest.run, {
  who: deployment(),
  async run(_input, ctx) {
    if (ctx.openid !== null && !ctx.platformAdmin) throw new AppError(ErrorCode.FORBIDDEN);
    return runSelftest(ctx.db, () => ctx.ports.clock.now());
  },
});

export const selftestFunction = defineFunction('selftest', selftest, { run });
