/** What the department schedule shows: the department, the days of the window, and one day's doctors. */
import { api } from '../../api/index';
import type { DepartmentDoctorSessions } from '../../shared/dto/booking';
import type { DepartmentDetail } from '../../shared/dto/content';
import type { Envelope } from '../../shared/envelope';
import { shanghaiDate } from '../../shared/time';
import { plainStrip, sessionRows, type SessionRow, type StripDay } from '../common/schedule';

const DAY_MS = 86_400_000;

export interface DoctorDay {
  doctorId: string;
  name: string;
  titleLabel: string;
  specialties: string;
  sessions: SessionRow[];
}

export interface DepartmentDay {
  date: string;
  strip: StripDay[];
  doctors: DoctorDay[];
}

export interface DepartmentPage extends DepartmentDay {
  department: DepartmentDetail;
}

function doctorDay(d: DepartmentDoctorSessions): DoctorDay {
  return { doctorId: d.doctorId, name: d.name, titleLabel: d.titleLabel, specialties: d.specialties, sessions: sessionRows(d.sessions) };
}

export async function fetchDay(departmentId: string, date: string): Promise<Envelope<DepartmentDay>> {
  const res = await api.booking.departmentSchedule({ departmentId, date });
  if (!res.ok) return res;
  return { ok: true, data: { date: res.data.date, strip: plainStrip(res.data.days), doctors: res.data.doctors.map(doctorDay) } };
}

/**
 * One day of the department: the requested day when it is in the window, else tomorrow (the
 * second day of the window), as the server chooses. The first request asks for the requested day
 * or the device's tomorrow; a second one follows only when the device's clock disagrees.
 */
export async function loadDay(departmentId: string, asked: string, now: number): Promise<Envelope<DepartmentDay>> {
  const requested = /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : '';
  const first = await fetchDay(departmentId, requested || shanghaiDate(now + DAY_MS));
  if (!first.ok) return first;
  const dates = first.data.strip.map((d) => d.date);
  const chosen = requested && dates.includes(requested) ? requested : dates[Math.min(1, dates.length - 1)];
  return !chosen || chosen === first.data.date ? first : fetchDay(departmentId, chosen);
}

export async function loadDepartment(departmentId: string, date: string, now: number): Promise<Envelope<DepartmentPage>> {
  const [dept, day] = await Promise.all([api.content.getDepartment({ departmentId }), loadDay(departmentId, date, now)]);
  if (!dept.ok) return dept;
  if (!day.ok) return day;
  return { ok: true, data: { department: dept.data.department, ...day.data } };
}
