/**
 * The response scanner (tests/support/response-scanner.ts) over the demo journeys of patient A:
 * booking, paying, an invoice, a complaint with a photo, a record-copy application, a home-nursing
 * request, reports, prescriptions and a medication plan (tests/integration/access/world.ts), then
 * A's and B's own lists. No answer to A carries B's identifiers, a full ID number or a secret;
 * ID numbers and phones come masked. The matrix (tests/integration/access/matrix.test.ts) scans
 * every action's answer to every identity the same way.
 */
import { leaksOf, storeRules } from '../support/response-scanner';
import { B_SECRETS, buildWorld, identities } from './access/world';

const B = { openid: B_SECRETS.openid, names: B_SECRETS.names, idNumbers: B_SECRETS.idNumbers, phones: B_SECRETS.phones };

describe('the response scanner', () => {
  it('finds what it looks for', async () => {
    const world = await buildWorld();
    const rules = await storeRules(world.sys, [B]);
    const [key] = await world.sys.ports.db.find<{ _id: string; secret: string }>('deploymentKeys');
    expect(key).toBeDefined();
    const zhang = await world.sys.ports.db.get<{ _id: string; idNumber: string }>('patients', 'pat-demo-zhang');
    const planted = {
      a: [{ name: '李明' }],
      b: { note: `call 13903760002 or ${B_SECRETS.openid}` },
      id: B_SECRETS.idNumbers[0],
      own: `身份证 ${zhang?.idNumber}`,
      k: key.secret,
      idNumberMasked: '4101051968*******3',
      phoneMasked: '13803710001',
    };
    const found = leaksOf({ ok: true, data: planted }, rules).join('\n');
    for (const what of [
      "another person's name",
      "another person's phone",
      "another person's openid",
      "another person's ID number",
      'a full ID number',
      'a secret of the deployment',
      'not masked to its first',
      'a phone not masked',
    ])
      expect(found).toContain(what);
    expect(leaksOf({ ok: true, data: { name: '张建国', idNumberMasked: '4****************3', phoneMasked: '138****0001' } }, rules)).toEqual([]);
  });
});

describe("patient A's demo journeys", () => {
  it("answer A nothing of B's, no full ID number, no secret; masked where the product masks", async () => {
    const seen: Array<{ fn: string; action: string; answer: unknown }> = [];
    const world = await buildWorld((fn, openid, event, answer) => {
      if (openid === identities.patientA) seen.push({ fn, action: String(event.action), answer });
    });
    const A = identities.patientA;
    for (const [fn, action, params] of [
      ['patients', 'list', {}],
      ['booking', 'mine', {}],
      ['booking', 'get', { appointmentId: world.a.visitId }],
      ['orders', 'bills', {}],
      ['orders', 'mine', {}],
      ['invoices', 'mine', {}],
      ['feedback', 'myComplaints', {}],
      ['feedback', 'myVisits', {}],
      ['recordCopies', 'mine', {}],
      ['recordCopies', 'get', { applicationId: world.a.applicationId }],
      ['homecare', 'mine', {}],
      ['homecare', 'get', { homecareId: world.a.homecareId }],
      ['records', 'report', { reportId: world.a.reportId }],
      ['queue', 'status', { appointmentId: world.a.queuedId }],
      ['navigation', 'carePath', { appointmentId: world.a.queuedId, from: 'zz-cashier', elder: false }],
    ] as const) {
      seen.push({ fn, action, answer: await world.sys.call(fn, A, { action, ...params }) });
    }
    const rules = await storeRules(world.sys, [B]);
    const leaks = seen.flatMap(({ fn, action, answer }) => leaksOf(answer, rules).map((l) => `${fn}.${action} ${l}`));
    expect(leaks).toEqual([]);
    expect(seen.length).toBeGreaterThan(40);
    const list = seen.find((s) => s.fn === 'patients' && s.action === 'list')?.answer as {
      ok: true;
      data: { patients: Array<{ idNumberMasked: string; phoneMasked: string }> };
    };
    expect(list.data.patients.length).toBeGreaterThanOrEqual(2);
    for (const p of list.data.patients) {
      expect(p.idNumberMasked).toMatch(/^[0-9A-Z]\*+[0-9A-Z]$/);
      expect(p.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    // B's own list is masked as well: its full numbers are B's and still never leave.
    const own = await world.sys.ok<{ patients: Array<{ idNumberMasked: string }> }>('patients', identities.patientB, { action: 'list' });
    expect(leaksOf(own, { ...rules, others: [] })).toEqual([]);
  });
});
