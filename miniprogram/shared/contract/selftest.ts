/** The `selftest` cloud function (backend/handlers/selftest.ts): checks the environment's database, for a platform admin or the deploy's verify. */
import { z } from 'zod';
import type { SelftestReport } from '../dto/selftest';
import { act } from './define';

export const selftest = {
  run: act<SelftestReport>()(z.object({})),
};
