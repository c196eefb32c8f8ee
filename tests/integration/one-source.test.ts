/**
 * One source for each fact a patient reads twice: the hospital's own words must not contradict what
 * the system counts or schedules (31 科室 in the header, 52 in the text; winter afternoon
 * hours that no slot keeps).
 */
import type { TemplateDoc } from '../../backend/domain/scheduling/docs';
import { type LocalSystem, startLocalSystem } from '../support/local-system';

let sys: LocalSystem;
beforeAll(async () => {
  sys = await startLocalSystem();
});

interface HospitalProfile {
  id: string;
  intro: string;
  hours: string;
  departmentCount: number;
  doctorCount: number;
}

async function profiles(): Promise<HospitalProfile[]> {
  const { hospitals } = await sys.ok<{ hospitals: Array<{ id: string }> }>('content', null, { action: 'listHospitals' });
  return Promise.all(
    hospitals.map(async (h) => (await sys.ok<{ hospital: HospitalProfile }>('content', null, { action: 'getHospital', hospitalId: h.id })).hospital),
  );
}

/** '08:00' and '8:00' are the same time in a sentence. */
const spoken = (hhmm: string): string => hhmm.replace(/^0/, '');

describe('a hospital says one thing about itself', () => {
  it('states no count of departments or doctors other than the header’s', async () => {
    for (const h of await profiles()) {
      for (const m of h.intro.matchAll(/科室(\d+)个|(\d+)个(?:临床|医技)?科室/g)) expect(Number(m[1] ?? m[2])).toBe(h.departmentCount);
      for (const m of h.intro.matchAll(/医生(\d+)[位名]|(\d+)[位名]医生/g)) expect(Number(m[1] ?? m[2])).toBe(h.doctorCount);
    }
  });

  it('gives the outpatient hours its doctors’ slots keep, with no seasonal hours the slots do not follow', async () => {
    for (const h of await profiles()) {
      const templates = await sys.ports.db.find<TemplateDoc>('scheduleTemplates', { where: { hospitalId: h.id, ownerType: 'doctor' }, limit: 1000 });
      expect(templates.length).toBeGreaterThan(0);
      for (const t of templates) {
        expect(h.hours).toContain(`${spoken(t.startTime)}-${spoken(t.endTime)}`);
      }
      expect(h.hours).not.toMatch(/夏季|冬季|月1日至/);
    }
  });
});
