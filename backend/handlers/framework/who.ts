/**
 * Who may call an action, declared on the action itself (`action(contract.x, { who, run })`,
 * docs/access.md). The dispatcher derives from it whether the call needs a signed-in caller
 * (backend/handlers/framework/dispatch.ts); `run` checks the relation to the item, which needs the
 * item (the appointment's account, the session's doctor, the hospital of the complaint …); the
 * authorization matrix (tests/integration/access/) expects every caller to be answered as the
 * declaration says.
 *
 * A declaration is one of `anyone()`, `signedIn()`, `deployment()`, or the callers an action on an
 * item serves — `owner()`, `staff(...roles)`, `admins()`, `itsDoctor()`, `anyDoctor()`, `assignedStaff()` —
 * combined with `either(...)` where an action serves two audiences, and `hiddenFromPatients(...)`
 * where a patient refused a staff action is told NOT_FOUND rather than FORBIDDEN.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { AppError } from './app-error';
import type { Ctx } from './context';

/** What a refused caller is told: FORBIDDEN, or NOT_FOUND when the item's existence is not revealed to them. */
export type Refusal = 'FORBIDDEN' | 'NOT_FOUND';

/** One group of callers an action on an item serves. */
export type Audience =
  | { kind: 'owner' }
  | { kind: 'staff'; roles: readonly StaffRole[] }
  | { kind: 'itsDoctor' }
  | { kind: 'anyDoctor' }
  | { kind: 'assignedStaff' };

export type Who =
  | { kind: 'anyone' }
  | { kind: 'signedIn' }
  | { kind: 'deployment' }
  | {
      kind: 'audiences';
      audiences: readonly Audience[];
      /** What a refused caller is told: a patient account, and a staff member (any grant at any hospital, or a platform admin). */
      refused: { patient: Refusal; staff: Refusal };
    };

/** A declaration of the callers an action on an item serves (combinable with `either`). */
export type Audiences = Extract<Who, { kind: 'audiences' }>;

const one = (audience: Audience, refused: Refusal): Audiences => ({ kind: 'audiences', audiences: [audience], refused: { patient: refused, staff: refused } });

/** Anyone, without signing in (hospital pages, schedules, triage). */
export const anyone = (): Who => ({ kind: 'anyone' });

/** Any signed-in user, each on their own data only (their list, their family members, their uploads). */
export const signedIn = (): Who => ({ kind: 'signedIn' });

/** The deployment itself (a call without an openid, from the console) or a platform admin; everyone else FORBIDDEN. */
export const deployment = (): Who => ({ kind: 'deployment' });

/**
 * The patient account that owns the item (booked the visit, asked the question, applied for the
 * copies). Everyone else, staff included, is told NOT_FOUND: the item's existence is not revealed.
 */
export const owner = (): Audiences => one({ kind: 'owner' }, 'NOT_FOUND');

/**
 * Staff of the item's hospital (or the hospital the input names) holding one of `roles`; its admins
 * and the platform admins always (`staff()`: admins only). A nurse acts on the clinic areas the
 * admin assigned to her (`run` checks the area). Everyone else FORBIDDEN.
 */
export const staff = (...roles: StaffRole[]): Audiences => one({ kind: 'staff', roles }, 'FORBIDDEN');

/** The hospital's admins and the platform admins only (grants, settings, reconciliations). Everyone else FORBIDDEN. */
export const admins = (): Audiences => staff();

/**
 * The doctor bound to the item: the session's own doctor, the doctor asked or who took the
 * consultation, an online doctor of the follow-up's department (the grant's doctor id). Admins are
 * not doctors. Everyone else FORBIDDEN.
 */
export const itsDoctor = (): Audiences => one({ kind: 'itsDoctor' }, 'FORBIDDEN');

/** Any doctor of the hospital (qualified to practise online where the action is online). Admins are not doctors. Everyone else FORBIDDEN. */
export const anyDoctor = (): Audiences => one({ kind: 'anyDoctor' }, 'FORBIDDEN');

/** The staff member assigned to the item (the home-nursing visit's nurse) and no one else, not even an admin. Everyone else FORBIDDEN. */
export const assignedStaff = (): Audiences => one({ kind: 'assignedStaff' }, 'FORBIDDEN');

/**
 * An action serving several audiences (the owner, and the staff who handle the item). A refused
 * caller is told NOT_FOUND where one of them says so for its kind of caller (a patient other than
 * the owner), FORBIDDEN where one says FORBIDDEN (staff without the role, where staff may act).
 */
export function either(...parts: Audiences[]): Audiences {
  const told = (of: 'patient' | 'staff', preferred: Refusal, otherwise: Refusal): Refusal =>
    parts.some((p) => p.refused[of] === preferred) ? preferred : otherwise;
  return {
    kind: 'audiences',
    audiences: parts.flatMap((p) => p.audiences),
    refused: { patient: told('patient', 'NOT_FOUND', 'FORBIDDEN'), staff: told('staff', 'FORBIDDEN', 'NOT_FOUND') },
  };
}

/** A staff action on a patient's item: a patient, its owner too, is told NOT_FOUND, as for an item that does not exist. */
export const hiddenFromPatients = (who: Audiences): Audiences => ({ ...who, refused: { ...who.refused, patient: 'NOT_FOUND' } });

/** Whether the dispatcher requires a signed-in caller before anything else (UNAUTHENTICATED otherwise). */
export const needsSignIn = (who: Who): boolean => who.kind !== 'anyone' && who.kind !== 'deployment';

/** Whether a staff grant held anywhere admits the caller to `audience` somewhere (the owner: no grant does). */
function admitsSomewhere(audience: Audience, holds: (role: StaffRole) => boolean, anyGrant: boolean, platformAdmin: boolean): boolean {
  switch (audience.kind) {
    case 'owner':
      return false;
    case 'staff':
      return platformAdmin || holds(StaffRole.admin) || audience.roles.some(holds);
    case 'itsDoctor':
    case 'anyDoctor':
      return holds(StaffRole.doctor);
    case 'assignedStaff':
      return anyGrant;
  }
}

/**
 * Defence in depth, before `run`: what needs no item. A deployment action refuses a signed-in caller
 * who is no platform admin; a staff action (no owner among its audiences) refuses a caller who holds
 * none of its roles, nor admin, at any hospital — told what the declaration says that caller is told
 * (with the code's own message). Which hospital, which session, whose account: `run`
 * checks, with the item.
 */
export async function refuseOutsider(who: Who, ctx: Ctx): Promise<void> {
  if (who.kind === 'deployment' && ctx.openid !== null && !ctx.platformAdmin) throw new AppError(ErrorCode.FORBIDDEN);
  if (who.kind !== 'audiences' || who.audiences.some((a) => a.kind === 'owner')) return;
  const grants = await ctx.staffGrants();
  const holds = (role: StaffRole) => grants.some((g) => g.roles.includes(role));
  if (who.audiences.some((a) => admitsSomewhere(a, holds, grants.length > 0, ctx.platformAdmin))) return;
  throw new AppError(ErrorCode[grants.length > 0 || ctx.platformAdmin ? who.refused.staff : who.refused.patient]);
}
