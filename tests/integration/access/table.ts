/**
 * The expectation table of the authorization matrix (docs/access.md): for every action, a valid
 * input built from the world (patient A's real resources); what each identity must be answered comes
 * from the action's own declaration (`who`, backend/handlers/framework/who.ts), read here over the
 * world's identities. `allowed`: the action ran past its access checks (ok, or a refusal of the
 * business such as STATE_CONFLICT); otherwise the exact error code.
 */
import type { Audience, Who } from '../../../backend/handlers/framework/who';
import { IDENTITIES, type Identity, type World } from './world';

export type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
export type Expectation = Record<Identity, Outcome>;

export interface Row {
  /**
   * A valid input; called once per cell, so it may make a fresh resource. `as`: the identity of the
   * cell, for an action whose input says which of its audiences the caller acts as (absent outside the matrix).
   */
  input(w: World, as?: Identity): Record<string, unknown> | Promise<Record<string, unknown>>;
}

export type Rows = Record<string, Row>;

export const row = (input: Row['input']): Row => ({ input });

/**
 * What each identity is to the world's items (all patient A's, at hospital Z; the sessions,
 * questions and follow-ups are 陈立民's, whom Z:doctor is bound to).
 */
const withoutOpenid = (id: Identity): boolean => id === 'anonymous' || id === 'system';
const isPatient = (id: Identity): boolean => id === 'patientA' || id === 'patientB';
/** The roles held at hospital Z (an admin: every role, which `staff` covers; Y:admin none there). */
const roleAtZ = (id: Identity): string | null => (id === 'Z:doctor2' ? 'doctor' : id.startsWith('Z:') ? id.slice(2) : null);

function serves(audience: Audience, id: Identity): boolean {
  switch (audience.kind) {
    case 'owner':
      return id === 'patientA';
    case 'staff':
      return id === 'platformAdmin' || roleAtZ(id) === 'admin' || audience.roles.some((r) => r === roleAtZ(id));
    case 'itsDoctor':
      return id === 'Z:doctor';
    case 'anyDoctor':
      return roleAtZ(id) === 'doctor';
    case 'assignedStaff':
      return false;
  }
}

/** What `who` means for each identity of the world. */
export function expectationOf(who: Who): Expectation {
  const outcome = (id: Identity): Outcome => {
    switch (who.kind) {
      case 'anyone':
        return 'allowed';
      case 'signedIn':
        return withoutOpenid(id) ? 'UNAUTHENTICATED' : 'allowed';
      case 'deployment':
        return withoutOpenid(id) || id === 'platformAdmin' ? 'allowed' : 'FORBIDDEN';
      case 'audiences':
        if (withoutOpenid(id)) return 'UNAUTHENTICATED';
        if (who.audiences.some((a) => serves(a, id))) return 'allowed';
        return isPatient(id) ? who.refused.patient : who.refused.staff;
    }
  };
  return Object.fromEntries(IDENTITIES.map((id) => [id, outcome(id)])) as Expectation;
}
