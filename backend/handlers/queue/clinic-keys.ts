/** Each hospital's key for its clinic-area codes, made on first use (a CSPRNG) and kept in `clinicKeys`. */
import { randomBytes } from 'node:crypto';
import type { ClinicKeyDoc } from '../../domain/queue/docs';
import { DuplicateKeyError } from '../../ports';
import type { Ctx } from '../framework/context';

export async function clinicSecret(ctx: Ctx, hospitalId: string): Promise<string> {
  const _id = `ck-${hospitalId}`;
  const stored = await ctx.db.get<ClinicKeyDoc>('clinicKeys', _id);
  if (stored) return stored.secret;
  try {
    await ctx.db.insert<ClinicKeyDoc>('clinicKeys', { _id, secret: randomBytes(32).toString('hex'), createdAt: ctx.now });
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
  }
  const made = await ctx.db.get<ClinicKeyDoc>('clinicKeys', _id);
  if (!made) throw new Error(`clinic key of ${hospitalId} not stored`);
  return made.secret;
}
