/** Each hospital's key for its clinic-area codes, made on first use (a CSPRNG) and kept in `clinicKeys`. */
import type { Ctx } from '../framework/context';
import { storedSecret } from '../framework/stored-secret';

export const clinicSecret = (ctx: Ctx, hospitalId: string): Promise<string> => storedSecret(ctx.db, 'clinicKeys', `ck-${hospitalId}`, ctx.now);
