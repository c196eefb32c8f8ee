/**
 * The expectation table of the authorization matrix (docs/access.md): for every action, a valid
 * input built from the world (patient A's real resources) and, per identity, what the call must
 * answer. `allowed`: the action ran past its access checks (ok, or a refusal of the business such as
 * STATE_CONFLICT); otherwise the exact error code.
 */
import type { StaffRole } from '../../../miniprogram/shared/enums';
import { IDENTITIES, type Identity, type World } from './world';

export type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
export type Expectation = Record<Identity, Outcome>;

export interface Row {
  /** A valid input; called once per cell, so it may make a fresh resource. */
  input(w: World): Record<string, unknown> | Promise<Record<string, unknown>>;
  expect: Expectation;
}

export type Rows = Record<string, Row>;

export const row = (input: Row['input'], expect: Expectation): Row => ({ input, expect });

const each = (outcome: (id: Identity) => Outcome): Expectation => Object.fromEntries(IDENTITIES.map((id) => [id, outcome(id)])) as Expectation;
const withoutOpenid = (id: Identity) => id === 'anonymous' || id === 'system';

/** Anyone, signed in or not. */
export const anyone = (): Expectation => each(() => 'allowed');

/** Any signed-in caller, each on their own data. */
export const signedIn = (over: Partial<Expectation> = {}): Expectation => ({ ...each((id) => (withoutOpenid(id) ? 'UNAUTHENTICATED' : 'allowed')), ...over });

/** Patient A's own resource: every other signed-in caller gets `others` (NOT_FOUND: its existence is not revealed). */
export const owner = (others: Outcome = 'NOT_FOUND', over: Partial<Expectation> = {}): Expectation => ({
  ...each((id) => (withoutOpenid(id) ? 'UNAUTHENTICATED' : id === 'patientA' ? 'allowed' : others)),
  ...over,
});

/**
 * Staff of hospital Z holding one of `roles` (its admin and the platform admin always); everyone
 * else signed in gets `others`.
 */
export const staff = (roles: readonly StaffRole[], others: Outcome = 'FORBIDDEN', over: Partial<Expectation> = {}): Expectation => ({
  ...each((id) => {
    if (withoutOpenid(id)) return 'UNAUTHENTICATED';
    if (id === 'Z:admin' || id === 'platformAdmin') return 'allowed';
    return roles.some((r) => id === `Z:${r}`) ? 'allowed' : others;
  }),
  ...over,
});

/** Only the listed identities; every other signed-in caller gets `others`. */
export const only = (allowed: readonly Identity[], others: Outcome = 'FORBIDDEN', over: Partial<Expectation> = {}): Expectation => ({
  ...each((id) => (withoutOpenid(id) ? 'UNAUTHENTICATED' : allowed.includes(id) ? 'allowed' : others)),
  ...over,
});
