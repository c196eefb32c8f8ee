/**
 * Who the patient is to the HIS (backend/handlers/records/his-patient.ts, docs/his-http.md): every
 * request names the person by the real-name document, and — since a document is all a HIS needs to
 * match — an account is answered a person's records only once it brought that person to a visit a
 * doctor completed here. The HIS of these tests answers anyone it is asked about, as a real one
 * that matches by document would.
 */
import type { His, HisPatient, VisitSummary } from '../../backend/ports';
import type { ReportSummary } from '../../miniprogram/shared/dto/records';
import { idNumberOf, requestIdOf } from '../support/booking-fixtures';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { completedVisit, finalPotassium, PATIENT, PatientRecorder, reportsOf, ZHANG } from '../support/records-fixtures';

let sys: LocalSystem;
let asked: HisPatient[];
let handedOver: VisitSummary[];

function answeringAnyone(demo: His): His {
  return {
    ordersForVisit: (visit) => {
      handedOver.push(visit);
      return demo.ordersForVisit(visit);
    },
    reports: async (p) => {
      asked.push(p);
      return { reports: [finalPotassium(p.patientId, `V-${p.patientId}`)] };
    },
    report: async (_id, p) => ({ reports: [finalPotassium(p.patientId, `V-${p.patientId}`)] }),
    prescriptions: async (p) => {
      asked.push(p);
      return { prescriptions: [] };
    },
    visits: async (p) => {
      asked.push(p);
      return { visits: [] };
    },
  };
}

const later = (minutes: number) => sys.setNow(sys.ports.clock.now() + minutes * 60_000);

async function addMember(openid: string, n: number, idNumber = idNumberOf(n)): Promise<string> {
  const person = { name: '王小芳', idType: 'resident_id', idNumber, phone: '13912345678', relation: 'child' };
  return (await sys.ok<{ id: string }>('patients', openid, { action: 'add', requestId: requestIdOf(`member-${openid}-${n}`), ...person })).id;
}

beforeEach(async () => {
  sys = await startLocalSystem({ history: true });
  sys.ports.his = answeringAnyone(sys.ports.his);
  asked = [];
  handedOver = [];
});

it('asks about a person by the real-name document, with the platform id to carry back', async () => {
  expect((await reportsOf(new PatientRecorder(sys), ZHANG)).map((r) => r.title)).toContain('血钾');
  expect(asked[0]).toEqual({ patientId: ZHANG, name: '张建国', sex: 'male', birthDate: '1968-03-15', idType: 'resident_id', idNumber: '410105196803151031' });
});

it('another account that adds the same document is answered nothing — reports, prescriptions, follow-up eligibility: the HIS is not asked about that person', async () => {
  const copy = await addMember('demo-patient-2', 1, '410105196803151031');
  const rec = new PatientRecorder(sys, 'demo-patient-2');
  expect(await reportsOf(rec, copy)).toEqual([]);
  expect((await rec.ok<{ prescriptions: unknown[] }>({ action: 'prescriptions', patientId: copy })).prescriptions).toEqual([]);
  const eligibility = await sys.ok<{ eligible: boolean }>('followup', 'demo-patient-2', {
    action: 'eligibility',
    patientId: copy,
    departmentId: 'd-zz-cardio',
  });
  expect(eligibility.eligible).toBe(false);
  expect(asked).toEqual([]);
  await sys.ok('followup', PATIENT, { action: 'eligibility', patientId: ZHANG, departmentId: 'd-zz-cardio' });
  expect(asked.map((p) => p.patientId)).toEqual([ZHANG]);
});

it('a family member is asked about once a doctor has completed a visit of theirs (handed over with the document), and again after being removed and added back', async () => {
  const member = await addMember(PATIENT, 31);
  const rec = new PatientRecorder(sys);
  expect(await reportsOf(rec, member)).toEqual([]);
  expect(asked).toEqual([]);
  const visitId = await completedVisit(sys, '低钾血症复查', member);
  expect(handedOver.find((v) => v.appointmentId === visitId)?.patient).toMatchObject({ patientId: member, idType: 'resident_id', idNumber: idNumberOf(31) });
  later(2);
  const reports: ReportSummary[] = await reportsOf(rec, member);
  expect(reports.map((r) => r.title)).toEqual(['血钾']);
  expect(asked.map((p) => p.idNumber)).toEqual([idNumberOf(31)]);
  await sys.ok('patients', PATIENT, { action: 'remove', patientId: member });
  const again = await addMember(PATIENT, 32, idNumberOf(31));
  later(2);
  expect(again).not.toBe(member);
  expect((await reportsOf(rec, again)).map((r) => r.title)).toEqual(['血钾']);
  expect(asked.map((p) => p.patientId)).toEqual([member, again]);
});
