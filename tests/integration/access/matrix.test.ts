/**
 * The authorization matrix (docs/access.md): every action of every function in
 * backend/functions.ts × every identity of world.ts, run on the real local store against patient
 * A's own resources, each cell answering what its row in this folder expects. Every answer is
 * scanned (tests/support/response-scanner.ts): no caller but B is answered B's identifiers, no one
 * a full ID number or a secret of the deployment.
 *
 * `ACCESS_MATRIX_PRINT=1 npx jest tests/integration/access` prints what each action answered,
 * as rows to paste (then read them: a row is a claim about who may do what).
 */
import { functions } from '../../../backend/functions';
import { leaksOf, storeRules, type ScanRules } from '../../support/response-scanner';
import { rowsByFunction } from './rows';
import type { StaffRole } from '../../../miniprogram/shared/enums';
import { anyone, owner, signedIn, staff, type Expectation, type Outcome } from './table';
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

/** What is missing between the registry and the rows: actions without a row, rows naming no action. */
function coverageProblems(registry: Record<string, { actions: Record<string, unknown> }>, rows: Record<string, Record<string, unknown>>): string[] {
  const missing: string[] = [];
  const unknown: string[] = [];
  for (const [fn, def] of Object.entries(registry)) {
    for (const action of Object.keys(def.actions)) if (!rows[fn]?.[action]) missing.push(`${fn}.${action}`);
  }
  for (const [fn, byAction] of Object.entries(rows)) {
    for (const action of Object.keys(byAction)) if (!registry[fn]?.actions[action]) unknown.push(`${fn}.${action}`);
  }
  return [
    missing.length ? `actions without an expectation row (add one to tests/integration/access/<function>.ts, see docs/access.md): ${missing.join(', ')}` : '',
    unknown.length ? `rows naming no action: ${unknown.join(', ')}` : '',
  ].filter(Boolean);
}

it('every action of every function has an expectation row, and every row an action', () => {
  expect(coverageProblems(functions, rowsByFunction)).toEqual([]);
});

it('an action added without an expectation row fails the matrix, naming it', () => {
  const added = { ...functions, invoices: { ...functions.invoices, actions: { ...functions.invoices.actions, undeclared: functions.invoices.actions.get } } };
  expect(coverageProblems(added, rowsByFunction)).toEqual([expect.stringContaining('invoices.undeclared')]);
  const { invoices: _gone, ...withoutInvoices } = rowsByFunction;
  expect(coverageProblems(functions, withoutInvoices).join('')).toContain('invoices.get');
});

/**
 * The refusal rule (docs/access.md): on patient A's item, another account gets NOT_FOUND; when a
 * staff role may act on it (a staff action, or an owner's action some staff share), a staff member
 * without that role (or of the other hospital) gets FORBIDDEN; when no staff role may (what only the
 * owner does), staff are another account too: NOT_FOUND.
 */
it('every row on a patient’s item follows the refusal rule', () => {
  const staffIds = IDENTITIES.filter((id) => id.startsWith('Z:') || id === 'Y:admin');
  const broken: string[] = [];
  for (const [fn, rows] of Object.entries(rowsByFunction)) {
    for (const [action, r] of Object.entries(rows)) {
      const e: Expectation = r.expect;
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

/** The shortest way to write what was seen in the helpers of table.ts, for ACCESS_MATRIX_PRINT. */
function describeSeen(seen: Record<Identity, string>): string {
  const denials: Outcome[] = ['NOT_FOUND', 'FORBIDDEN'];
  const roles = ZZ_ROLES.filter((id) => id !== 'Z:admin' && seen[id] === 'allowed').map((id) => id.slice(2));
  const candidates: Array<[string, Expectation]> = [
    ['anyone()', anyone()],
    ['signedIn(', signedIn()],
    ...denials.map((d): [string, Expectation] => [`owner('${d}'`, owner(d)]),
    ...denials.map((d): [string, Expectation] => [`staff([${roles.map((r) => `'${r}'`).join(', ')}], '${d}'`, staff(roles as StaffRole[], d)]),
  ];
  const written = candidates.map(([head, e]) => {
    const over = IDENTITIES.filter((id) => e[id] !== seen[id]).map((id) => `'${id}': '${seen[id]}'`);
    const text =
      head === 'anyone()'
        ? over.length
          ? `{ ...anyone(), ${over.join(', ')} }`
          : head
        : `${head}${head.endsWith('(') ? '' : ', '}${over.length ? `{ ${over.join(', ')} }` : ''})`.replace(', )', ')');
    return { over: over.length, text };
  });
  return written.sort((x, y) => x.over - y.over)[0].text;
}

const functionNames = Object.keys(functions);

it.each(functionNames)('%s: every action answers every identity as its rows say', async (fn) => {
  const rows = rowsByFunction[fn] ?? {};
  const wrong: string[] = [];
  for (const action of Object.keys(functions[fn].actions)) {
    const r = rows[action];
    if (!r) continue;
    const seen = {} as Record<Identity, string>;
    // Refusals first, so an allowed call that changes the resource cannot turn a refusal into NOT_FOUND.
    const order = [...IDENTITIES].sort((x, y) => Number(r.expect[x] === 'allowed') - Number(r.expect[y] === 'allowed'));
    for (const id of order) {
      const input = await r.input(world);
      const event = id === 'system' ? { action, Type: 'Timer', ...input } : { action, ...input };
      const res = await world.sys.call(fn, identities[id], event);
      cells++;
      seen[id] = outcomeOf(res);
      if (!res.ok && BROKEN.has(res.error.code))
        wrong.push(`${fn}.${action} as ${id}: ${res.error.code} ${res.error.message} ${'field' in res.error ? String(res.error.field) : ''}`);
      else if (seen[id] !== (r.expect as Expectation)[id])
        wrong.push(
          `${fn}.${action} as ${id}: expected ${(r.expect as Record<Identity, Outcome>)[id]}, got ${seen[id]}${res.ok ? '' : ` (${res.error.message})`}`,
        );
      if (id !== 'patientB') for (const leak of leaksOf(res, rules)) wrong.push(`${fn}.${action} as ${id} leaks ${leak}`);
    }
    if (process.env.ACCESS_MATRIX_PRINT) printed.push(`${fn}.${action}: ${describeSeen(seen)}`);
  }
  expect(wrong).toEqual([]);
});
