/**
 * A function a hospital has switched off (docs/offers.md) is refused by the server for every patient
 * action that uses it, in one place: each such action declares its `offer`
 * (backend/handlers/framework/define.ts) and the dispatcher refuses it
 * (backend/handlers/framework/offers.ts). Run on the authorization matrix's world
 * (tests/integration/access/world.ts) with its valid inputs, so each refusal is of a call that
 * would otherwise have run.
 */
import { functions } from '../../backend/functions';
import { functionName, hospitalFunctions, type FunctionKey } from '../../miniprogram/shared/offers';
import { rowsByFunction } from './access/rows';
import { expectationOf } from './access/table';
import { buildWorld, identities, type World, ZZ } from './access/world';

/** The cloud functions whose patient actions use a switchable function. */
const SWITCHABLE = [
  'triage',
  'booking',
  'queue',
  'orders',
  'navigation',
  'records',
  'feedback',
  'followup',
  'delivery',
  'consult',
  'homecare',
  'invoices',
  'recordCopies',
  'content',
];

/**
 * Patient actions of those functions that declare no offer, and why: they read or end what the
 * patient already has (an earlier record stays readable, a paid service can still be cancelled and
 * refunded after the hospital switches the function off), or they belong to a core function.
 */
const KEPT: Record<string, string> = {
  'booking.cancel': 'ends an existing appointment (and refunds it)',
  'booking.mine': 'the patient’s own appointments',
  'booking.get': 'an existing appointment',
  'booking.examOrders': 'the patient’s own exam orders',
  'booking.examSchedule': 'reads the schedule of an existing exam order',
  'booking.listResourceSlots': 'reads the free places of an exam resource; booking one is refused',
  'booking.departmentSchedule': 'reads a schedule (the doctor and department pages show it); booking is refused',
  'booking.doctorSchedule': 'reads a schedule (the doctor page shows it); booking is refused',
  'booking.listSlots': 'reads a schedule; booking is refused',
  'booking.rules': 'reads the hospital’s booking rules',
  'queue.status': 'the place of an existing check-in',
  'queue.carePath': 'the path of an existing visit',
  'orders.bills': 'the patient’s own bills',
  'orders.get': 'an existing order',
  'orders.mine': 'the patient’s own orders',
  'orders.settle': 'settles an existing order after a payment (a payment already made must finish)',
  'records.reports': 'a list across every hospital the patient visited; each report of a hospital that switched reports off is refused',
  'records.trend': 'across hospitals, from reports already shown',
  'records.prescriptions': 'a list across every hospital',
  'records.drug': 'the drug leaflet, no hospital',
  'records.interactions': 'across the patient’s prescriptions of every hospital',
  'records.plan': 'an existing medication plan',
  'records.markDose': 'an existing medication plan',
  'feedback.myRating': 'the patient’s own rating',
  'feedback.myVisits': 'the patient’s own visits',
  'feedback.photoLink': 'a photo of an existing complaint',
  'feedback.myComplaints': 'the patient’s own complaints',
  'feedback.complaint': 'an existing complaint',
  'feedback.changes': 'the hospital’s published improvements',
  'followup.mine': 'the patient’s own follow-ups',
  'followup.get': 'an existing follow-up',
  'followup.photoLink': 'a photo of an existing follow-up',
  'followup.message': 'a message in an existing follow-up',
  'followup.withdraw': 'ends an existing follow-up (and refunds it)',
  'followup.prescription': 'an existing prescription',
  'delivery.get': 'an existing delivery',
  'delivery.receive': 'confirms an existing parcel',
  'delivery.cancel': 'ends an existing delivery (and refunds it)',
  'consult.mine': 'the patient’s own questions',
  'consult.thread': 'an existing question',
  'consult.followUp': 'a follow-up question in an existing thread',
  'consult.end': 'ends an existing thread',
  'consult.withdraw': 'ends an existing question (and refunds it)',
  'homecare.photoLink': 'a photo of an existing request',
  'homecare.mine': 'the patient’s own requests',
  'homecare.get': 'an existing request',
  'homecare.cancel': 'ends an existing request (and refunds it)',
  'homecare.rate': 'rates a visit already made',
  'invoices.forOrder': 'the invoice of an existing order',
  'invoices.get': 'an existing invoice',
  'invoices.link': 'an existing invoice',
  'invoices.mine': 'the patient’s own invoices',
  'invoices.reissue': 'corrects an existing invoice',
  'recordCopies.proofLink': 'a proof of an existing application',
  'recordCopies.mine': 'the patient’s own applications',
  'recordCopies.get': 'an existing application',
  'recordCopies.resubmit': 'completes an existing application',
  'recordCopies.cancel': 'ends an existing application (and refunds it)',
  'recordCopies.fees': 'the hospital’s published fees',
  'followup.settings': 'the hospital’s follow-up window and fee, read with an existing follow-up',
  'triage.knowledge': 'the symptom list, no hospital',
  'navigation.getMap': 'staff only',
  'content.getDepartment': 'core: 科室介绍',
  'content.getDoctor': 'a doctor’s page is also the way into booking (docs/access.md)',
  'content.getGuide': 'core: 就诊指南 (sections of switched-off functions are left out)',
  'content.getHospital': 'core: 医院介绍',
  'content.listColumns': 'the article columns; the articles are refused',
  'content.listDepartments': 'core: 科室介绍',
  'content.listDoctors': 'the booking pages list doctors (docs/access.md)',
  'content.listHospitals': 'the hospital list itself, with what each offers',
  'content.listPhones': 'core: 联系电话',
};

let world: World;

beforeAll(async () => {
  world = await buildWorld();
}, 60_000);

/** The function keys to switch off with `key`: it and every function that needs it. */
function closure(key: FunctionKey): FunctionKey[] {
  const off = new Set<FunctionKey>([key]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of hospitalFunctions) if (!off.has(f.key) && f.needs.some((n) => off.has(n))) off.add(f.key), (grew = true);
  }
  return [...off];
}

async function offerAllBut(key: FunctionKey | null): Promise<void> {
  const off = key ? closure(key) : [];
  await world.sys.ok('content', identities['Z:admin'], {
    action: 'setOffers',
    hospitalId: ZZ,
    offers: hospitalFunctions.map((f) => f.key).filter((k) => !off.includes(k)),
  });
}

it('every patient action of a switchable function declares its offer, or is named here with why it stays', () => {
  const undeclared: string[] = [];
  for (const fn of SWITCHABLE) {
    for (const [name, def] of Object.entries(functions[fn].actions)) {
      const expected = expectationOf(def.who);
      const patient = expected.patientA === 'allowed' || expected.anonymous === 'allowed';
      if (patient && !def.offer && !KEPT[`${fn}.${name}`]) undeclared.push(`${fn}.${name}`);
    }
  }
  expect(undeclared).toEqual([]);
});

const declared = Object.entries(functions).flatMap(([fn, def]) =>
  Object.entries(def.actions).flatMap(([name, a]) => (a.offer ? [{ fn, name, key: a.offer.key }] : [])),
);

it('declares an offer on the patient actions that start or use a switchable function', () => {
  expect(declared.length).toBeGreaterThanOrEqual(30);
  process.stdout.write(`offers: ${declared.length} actions refused when their function is switched off\n`);
});

it.each(declared.map((d): [string, (typeof declared)[number]] => [`${d.fn}.${d.name} (${d.key})`, d]))(
  '%s is refused when 郑州康宁医院 switches its function off',
  async (_label, { fn, name, key }) => {
    const row = rowsByFunction[fn][name];
    await offerAllBut(key);
    try {
      const res = await world.sys.call(fn, identities.patientA, { action: name, ...(await row.input(world)) });
      expect(res).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: `郑州康宁医院暂未开通${functionName(key)}` } });
    } finally {
      await offerAllBut(null);
    }
  },
);

it('another account’s order at a hospital without online payment is NOT_FOUND, as it is anywhere', async () => {
  await offerAllBut('payment');
  try {
    expect(await world.sys.call('orders', identities.patientB, { action: 'pay', orderId: world.a.orderId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  } finally {
    await offerAllBut(null);
  }
});
