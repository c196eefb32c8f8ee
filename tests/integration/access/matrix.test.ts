/**
 * The authorization matrix (docs/access.md): every action of every function in
 * backend/functions.ts × every identity of world.ts, run on the real local store against patient
 * A's own resources with the valid input of its row in this folder, each cell answering what the
 * action's own declaration (`who`, backend/handlers/framework/who.ts) says for that identity
 * (table.ts reads it over the world). Every answer is scanned (tests/support/response-scanner.ts):
 * no caller but B is answered B's identifiers, no one a full ID number or a secret of the deployment.
 *
 * `ACCESS_MATRIX_PRINT=1 npx jest tests/integration/access` prints, per action, the declaration
 * that says what it answered (then read it: a declaration is a claim about who may do what).
 */
import { functions } from '../../../backend/functions';
import type { AnyAction } from '../../../backend/handlers/framework/define';
import { leaksOf, storeRules, type ScanRules } from '../../support/response-scanner';
import { rowsByFunction } from './rows';
import {
  admins,
  anyDoctor,
  anyone,
  assignedStaff,
  type Audiences,
  deployment,
  either,
  hiddenFromPatients,
  itsDoctor,
  owner,
  signedIn,
  staff,
  type Who,
} from '../../../backend/handlers/framework/who';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { expectationOf, type Outcome } from './table';
import { B_SECRETS, IDENTITIES, ZZ_ROLES, identities, type Identity, type World, buildWorld } from './world';

const DENIALS = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
/** Answers that mean the cell never reached the access checks or crashed: never expected. */
const BROKEN = new Set<string>(['VALIDATION_FAILED', 'INTERNAL']);

let world: World;
let rules: ScanRules;
const started = Date.now();
let cells = 0;
const printed: string[] = [];

beforeAll(async () => {
  world = await buildWorld();
  rules = await storeRules(world.sys, [{ openid: B_SECRETS.openid, names: B_SECRETS.names, idNumbers: B_SECRETS.idNumbers, phones: B_SECRETS.phones }]);
});

afterAll(() => {
  if (printed.length > 0) process.stdout.write(`${printed.join('\n')}\n`);
  process.stdout.write(
    `authorization matrix: ${cells} cells (${Object.values(functions).reduce((n, f) => n + Object.keys(f.actions).length, 0)} actions × ${IDENTITIES.length} identities) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
});

const WHO_KINDS = new Set(['anyone', 'signedIn', 'deployment', 'audiences']);

/**
 * What is missing between the registry and the rows: actions without a declaration of who may call
 * them (`who` is required by the type; this catches one slipped past it), actions without an input
 * row, rows naming no action.
 */
function coverageProblems(registry: Record<string, { actions: Record<string, Partial<AnyAction>> }>, rows: Record<string, Record<string, unknown>>): string[] {
  const missing: string[] = [];
  const undeclared: string[] = [];
  const unknown: string[] = [];
  for (const [fn, def] of Object.entries(registry)) {
    for (const [action, a] of Object.entries(def.actions)) {
      if (!rows[fn]?.[action]) missing.push(`${fn}.${action}`);
      if (!WHO_KINDS.has(a.who?.kind ?? '')) undeclared.push(`${fn}.${action}`);
    }
  }
  for (const [fn, byAction] of Object.entries(rows)) {
    for (const action of Object.keys(byAction)) if (!registry[fn]?.actions[action]) unknown.push(`${fn}.${action}`);
  }
  return [
    undeclared.length ? `actions without a declaration of who may call them (\`who\`, backend/handlers/framework/who.ts): ${undeclared.join(', ')}` : '',
    missing.length ? `actions without an input row (add one to tests/integration/access/<function>.ts, see docs/access.md): ${missing.join(', ')}` : '',
    unknown.length ? `rows naming no action: ${unknown.join(', ')}` : '',
  ].filter(Boolean);
}

it('every action of every function declares who may call it and has an input row, and every row an action', () => {
  expect(coverageProblems(functions, rowsByFunction)).toEqual([]);
});

it('an action added without an input row, or without a declaration, fails the matrix, naming it', () => {
  const added = { ...functions, invoices: { ...functions.invoices, actions: { ...functions.invoices.actions, unlisted: functions.invoices.actions.get } } };
  expect(coverageProblems(added, rowsByFunction)).toEqual([expect.stringContaining('invoices.unlisted')]);
  const { invoices: _gone, ...withoutInvoices } = rowsByFunction;
  expect(coverageProblems(functions, withoutInvoices).join('')).toContain('invoices.get');
  const { who: _who, ...bare } = functions.invoices.actions.get;
  const undeclared = { ...functions, invoices: { ...functions.invoices, actions: { ...functions.invoices.actions, get: bare } } };
  expect(coverageProblems(undeclared, rowsByFunction)).toEqual([expect.stringMatching(/without a declaration .*invoices\.get$/)]);
});

/**
 * The refusal rule (docs/access.md): on patient A's item, another account gets NOT_FOUND; when a
 * staff role may act on it (a staff action, or an owner's action some staff share), a staff member
 * without that role (or of the other hospital) gets FORBIDDEN; when no staff role may (what only the
 * owner does), staff are another account too: NOT_FOUND.
 */
it('every declaration on a patient’s item follows the refusal rule', () => {
  const staffIds = IDENTITIES.filter((id) => id.startsWith('Z:') || id === 'Y:admin');
  const broken: string[] = [];
  for (const [fn, def] of Object.entries(functions)) {
    for (const [action, a] of Object.entries(def.actions)) {
      const e = expectationOf(a.who);
      if (e.patientB !== 'NOT_FOUND') continue;
      const staffAction = e.patientA !== 'allowed';
      if (staffAction && e.patientA !== 'NOT_FOUND') broken.push(`${fn}.${action}: patientA ${e.patientA} on a staff action on A's item (want NOT_FOUND)`);
      const want: Outcome = staffAction || staffIds.some((id) => e[id] === 'allowed') ? 'FORBIDDEN' : 'NOT_FOUND';
      const off = staffIds.filter((id) => e[id] !== 'allowed' && e[id] !== want);
      if (off.length > 0) broken.push(`${fn}.${action}: ${off.map((id) => `${id} ${e[id]}`).join(', ')} (want ${want})`);
    }
  }
  expect(broken).toEqual([]);
});

function outcomeOf(res: { ok: true } | { ok: false; error: { code: string } }): string {
  if (res.ok) return 'allowed';
  return DENIALS.has(res.error.code) || BROKEN.has(res.error.code) ? res.error.code : 'allowed';
}

/**
 * The declaration (backend/handlers/framework/who.ts) that says what was seen, to paste as the
 * action's `who` for ACCESS_MATRIX_PRINT; flagged when no declaration says exactly that.
 */
function describeSeen(seen: Record<Identity, string>): string {
  const ok = (id: Identity) => seen[id] === 'allowed';
  let said: [string, Who];
  if (IDENTITIES.every(ok)) said = ['anyone()', anyone()];
  else if (ok('anonymous')) said = ['deployment()', deployment()];
  else if (IDENTITIES.every((id) => ok(id) || id === 'anonymous' || id === 'system')) said = ['signedIn()', signedIn()];
  else {
    const parts: Array<[string, Audiences]> = [];
    if (ok('patientA')) parts.push(['owner()', owner()]);
    const roles = ok('Z:admin')
      ? ZZ_ROLES.map((id) => id.slice(2) as StaffRole).filter((r) => r !== 'admin' && ok(`Z:${r}`) && (r !== 'doctor' || ok('Z:doctor2')))
      : [];
    if (ok('Z:admin')) parts.push(roles.length ? [`staff(${roles.map((r) => `'${r}'`).join(', ')})`, staff(...roles)] : ['admins()', admins()]);
    if (ok('Z:doctor') && !roles.includes(StaffRole.doctor))
      parts.push(ok('Z:doctor2') && !ok('Z:admin') ? ['anyDoctor()', anyDoctor()] : ['itsDoctor()', itsDoctor()]);
    if (parts.length === 0) parts.push(['assignedStaff()', assignedStaff()]);
    let text = parts.length > 1 ? `either(${parts.map(([t]) => t).join(', ')})` : parts[0][0];
    let who = parts.length > 1 ? either(...parts.map(([, w]) => w)) : parts[0][1];
    if (!ok('patientA') && seen.patientB === 'NOT_FOUND') [text, who] = [`hiddenFromPatients(${text})`, hiddenFromPatients(who)];
    said = [text, who];
  }
  const differ = IDENTITIES.filter((id) => expectationOf(said[1])[id] !== seen[id]);
  return differ.length ? `${said[0]} — but no declaration says ${differ.map((id) => `${id}: ${seen[id]}`).join(', ')}` : said[0];
}

const functionNames = Object.keys(functions);

it.each(functionNames)('%s: every action answers every identity as it declares', async (fn) => {
  const rows = rowsByFunction[fn] ?? {};
  const wrong: string[] = [];
  for (const [action, def] of Object.entries(functions[fn].actions)) {
    const r = rows[action];
    if (!r) continue;
    const expected = expectationOf(def.who);
    const seen = {} as Record<Identity, string>;
    // Refusals first, so an allowed call that changes the resource cannot turn a refusal into NOT_FOUND.
    const order = [...IDENTITIES].sort((x, y) => Number(expected[x] === 'allowed') - Number(expected[y] === 'allowed'));
    for (const id of order) {
      const input = await r.input(world, id);
      const event = id === 'system' ? { action, Type: 'Timer', ...input } : { action, ...input };
      const res = await world.sys.call(fn, identities[id], event);
      cells++;
      seen[id] = outcomeOf(res);
      if (!res.ok && BROKEN.has(res.error.code))
        wrong.push(`${fn}.${action} as ${id}: ${res.error.code} ${res.error.message} ${'field' in res.error ? String(res.error.field) : ''}`);
      else if (seen[id] !== expected[id])
        wrong.push(`${fn}.${action} as ${id}: expected ${expected[id]}, got ${seen[id]}${res.ok ? '' : ` (${res.error.message})`}`);
      if (id !== 'patientB') for (const leak of leaksOf(res, rules)) wrong.push(`${fn}.${action} as ${id} leaks ${leak}`);
    }
    if (process.env.ACCESS_MATRIX_PRINT) printed.push(`${fn}.${action}: ${describeSeen(seen)}`);
  }
  expect(wrong).toEqual([]);
});
