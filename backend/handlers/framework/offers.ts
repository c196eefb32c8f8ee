/**
 * The one place the server refuses a function a hospital has switched off (docs/offers.md): the
 * dispatcher asks it for every action that declares its `offer` (backend/handlers/framework/define.ts).
 * A document that belongs to another account is left to the action, which answers NOT_FOUND as it
 * does for any other account's item, so a refusal here never tells a stranger that an id exists.
 */
import { offeringHospital } from './hospital';
import type { Ctx } from './context';
import type { Offer } from './define';

function stringField(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const field: unknown = Reflect.get(value, key);
  return typeof field === 'string' ? field : null;
}

/** The hospital whose offer decides the call, or null when the action itself must answer (no hospital, a missing or foreign document). */
async function hospitalOf(offer: Offer, input: unknown, ctx: Ctx): Promise<string | null> {
  if (!offer.from) return stringField(input, 'hospitalId');
  const id = stringField(input, offer.from.field);
  const { collection } = offer.from;
  const name = typeof collection === 'string' ? collection : (collection.of[stringField(input, collection.byField) ?? ''] ?? null);
  if (id === null || name === null) return null;
  const doc = await ctx.db.get(name, id);
  if (!doc) return null;
  const owner = stringField(doc, 'openid');
  if (owner !== null && owner !== ctx.openid) return null;
  return stringField(doc, 'hospitalId');
}

/** FORBIDDEN "<医院>暂未开通<功能>" when the hospital the call uses exists and does not offer the action's function. */
export async function refuseUnoffered(offer: Offer, input: unknown, ctx: Ctx): Promise<void> {
  const hospitalId = await hospitalOf(offer, input, ctx);
  // An unknown hospital is the action's to answer, in its own words (navigation names the information desk).
  if (hospitalId !== null && (await ctx.db.get('hospitals', hospitalId))) await offeringHospital(ctx.db, hospitalId, offer.key);
}
