/** Publishing 500 doctors × 14 days × 2 sessions × 8 slots = 112,000 slots on the local store (goal: under 10 s). */
import { createLocalPorts } from '../../backend/adapters/local/ports';
import { silentLogger } from '../../backend/adapters/system';
import type { DepartmentDoc, DoctorDoc, HospitalDoc } from '../../backend/domain/content/docs';
import type { TemplateDoc } from '../../backend/domain/scheduling/docs';
import { publishHospital } from '../../backend/handlers/schedule/publish';
import { hospitals } from '../../backend/dev-server/seed/content';
import { shanghaiInstant } from '../../miniprogram/shared/time';

export async function publishBench(): Promise<string[]> {
  const now = shanghaiInstant('2026-11-25', '06:00');
  const ports = createLocalPorts({ dbFile: ':memory:', filesDir: '/tmp/peizhen-bench', baseUrl: 'http://127.0.0.1', logger: silentLogger });
  const hospital: HospitalDoc = { ...hospitals[0], _id: 'h-bench', booking: { windowDays: 13 } };
  const department: DepartmentDoc = {
    _id: 'd-bench',
    hospitalId: 'h-bench',
    name: '内科',
    category: 'internal',
    intro: '',
    location: '门诊楼',
    phone: '',
    conditions: [],
    sort: 1,
    updatedAt: 0,
  };
  const doctors: DoctorDoc[] = Array.from({ length: 500 }, (_, i) => ({
    _id: `doc-b-${i}`,
    hospitalId: 'h-bench',
    departmentId: 'd-bench',
    name: `医生${i}`,
    title: 'attending',
    specialties: '',
    intro: '',
    avatar: '',
    sort: i,
  }));
  const templates: TemplateDoc[] = doctors.flatMap((d) =>
    [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
      (['am', 'pm'] as const).map((session) => ({
        _id: `tpl-${d._id}-${weekday}-${session}`,
        hospitalId: 'h-bench',
        ownerType: 'doctor' as const,
        ownerId: d._id,
        departmentId: 'd-bench',
        weekday,
        session,
        startTime: session === 'am' ? '08:00' : '14:00',
        endTime: session === 'am' ? '12:00' : '18:00',
        slotMinutes: 30,
        capacity: 4,
        onsiteReserve: 1,
        feeFen: 1500,
        updatedAt: 0,
        updatedBy: 'bench',
      })),
    ),
  );
  ports.db.insertMany('hospitals', [hospital]);
  ports.db.insertMany('departments', [department]);
  ports.db.insertMany('doctors', doctors);
  ports.db.insertMany('scheduleTemplates', templates);
  const started = performance.now();
  const first = await publishHospital(ports.db, hospital, now);
  const firstMs = performance.now() - started;
  const againStarted = performance.now();
  const again = await publishHospital(ports.db, hospital, now);
  const againMs = performance.now() - againStarted;
  ports.db.close();
  return [
    `slots created: ${first.created} over ${first.dates.length} days`,
    `first publish: ${(firstMs / 1000).toFixed(2)} s  (goal < 10 s: ${firstMs < 10_000 ? 'OK' : 'OVER'})`,
    `publishing again: ${(againMs / 1000).toFixed(2)} s, ${again.created} created, ${again.updated} updated`,
  ];
}
