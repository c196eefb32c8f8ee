/**
 * Who is using the app and where: the chosen hospital (multi-hospital from day one), elder mode,
 * the demo identity for the local emulator, and the staff roles held. Shared by every page.
 */
import { action, observable } from 'mobx-miniprogram';
import { api } from '../api/index';
import { readStorage, writeStorage } from '../api/platform';
import { DEMO_OPENID_KEY } from '../api/transport';
import { appConfig } from '../config';
import type { HospitalSummary } from '../shared/dto/content';
import type { StaffHospitalRoles } from '../shared/dto/staff';
import type { StaffRole } from '../shared/enums';
import { resetRemotes } from './resource';

const HOSPITAL_KEY = 'peizhen.hospitalId';
const ELDER_KEY = 'peizhen.elderMode';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export const session = observable({
  hospitals: [] as HospitalSummary[],
  hospitalsStatus: 'idle' as LoadStatus,
  hospitalsError: '',
  hospitalId: readStorage<string>(HOSPITAL_KEY, ''),
  elderMode: readStorage<boolean>(ELDER_KEY, false),
  demoOpenid: readStorage<string>(DEMO_OPENID_KEY, appConfig.defaultDemoOpenid),
  staffHospitals: [] as StaffHospitalRoles[],

  get hospital(): HospitalSummary | null {
    return this.hospitals.find((h) => h.id === this.hospitalId) ?? null;
  },
  get hospitalName(): string {
    return this.hospital ? this.hospital.name : '';
  },
  /** The roles held in the chosen hospital. */
  get roles(): StaffRole[] {
    const entry = this.staffHospitals.find((h) => h.hospitalId === this.hospitalId);
    return entry ? entry.roles : [];
  },
  get isStaff(): boolean {
    return this.staffHospitals.length > 0;
  },

  /** Loads the hospitals once; keeps the saved choice when it still exists, else takes the first. */
  loadHospitals: action(async function () {
    if (session.hospitalsStatus === 'loading') return;
    session.setHospitalsStatus('loading', '');
    const res = await api.content.listHospitals();
    if (!res.ok) {
      session.setHospitalsStatus('error', res.error.message);
      return;
    }
    session.setHospitals(res.data.hospitals);
  }),

  setHospitalsStatus: action(function (status: LoadStatus, error: string) {
    session.hospitalsStatus = status;
    session.hospitalsError = error;
  }),

  setHospitals: action(function (hospitals: HospitalSummary[]) {
    session.hospitals = hospitals;
    session.hospitalsStatus = 'ready';
    if (!hospitals.some((h) => h.id === session.hospitalId) && hospitals.length > 0) {
      session.selectHospital(hospitals[0].id);
    }
  }),

  selectHospital: action(function (hospitalId: string) {
    session.hospitalId = hospitalId;
    writeStorage(HOSPITAL_KEY, hospitalId);
  }),

  setElderMode: action(function (on: boolean) {
    session.elderMode = on;
    writeStorage(ELDER_KEY, on);
  }),

  /** Local emulator only: act as another demo identity (patient or staff); the last one's appointments, orders and family are forgotten. */
  setDemoOpenid: action(function (openid: string) {
    session.demoOpenid = openid;
    session.staffHospitals = [];
    writeStorage(DEMO_OPENID_KEY, openid);
    resetRemotes();
  }),

  loadStaffRoles: action(async function () {
    const res = await api.staff.me();
    session.setStaffHospitals(res.ok ? res.data.hospitals : []);
  }),

  setStaffHospitals: action(function (hospitals: StaffHospitalRoles[]) {
    session.staffHospitals = hospitals;
  }),
});

export type SessionStore = typeof session;
