/**
 * The 线上诊疗设置 form: consultation fees (default, department, per doctor) and answer hours
 * (backend/handlers/consult/doctor.ts saveSettings), online follow-up window, fee and cold-chain
 * shipping (backend/handlers/followup/patient.ts saveSettings). Fees are typed in yuan, sent in fen.
 */
import type { ConsultSettings } from '../../shared/dto/consult';
import type { FollowupSettings } from '../../shared/dto/online';
import type { DoctorSummary } from '../../shared/dto/content';
import type { StaffMember } from '../../shared/dto/staff';
import { feeText } from '../../shared/money';
import { feeFenOf, wholeOf, yuanOf, type Parsed } from '../common/schedule-rules';

export type OnlineField = 'answerHours' | 'defaultFee' | 'departmentFee' | 'windowDays' | 'followupFee';
export type OnlineForm = Record<OnlineField, string>;

/** The server's field names, so its refusal lands on the field it names. */
export const serverFieldOf: Record<string, OnlineField> = {
  answerHours: 'answerHours',
  defaultFen: 'defaultFee',
  departmentFen: 'departmentFee',
  windowDays: 'windowDays',
  feeFen: 'followupFee',
};

export interface DoctorRow {
  doctorId: string;
  name: string;
  departmentName: string;
  /** The own fee in yuan, or '' when the doctor pays the default. */
  fee: string;
  error: string;
  canPractise: boolean;
  /** 可在线接诊, or why not. */
  practice: string;
}

export interface Loaded {
  consult: ConsultSettings;
  followup: FollowupSettings;
  doctors: DoctorSummary[];
  staff: StaffMember[];
}

export interface SettingsInput {
  consult: ConsultSettings;
  followup: FollowupSettings;
}

export function blankOnlineForm(): OnlineForm {
  return { answerHours: '', defaultFee: '', departmentFee: '', windowDays: '', followupFee: '' };
}

export function formOf(consult: ConsultSettings, followup: FollowupSettings): OnlineForm {
  return {
    answerHours: String(consult.answerHours),
    defaultFee: yuanOf(consult.defaultFen),
    departmentFee: yuanOf(consult.departmentFen),
    windowDays: String(followup.windowDays),
    followupFee: yuanOf(followup.feeFen),
  };
}

/** Whether a doctor may answer online: as the staff record says, or not at all without one. */
function practiceOf(doctorId: string, staff: readonly StaffMember[]): { canPractise: boolean; practice: string } {
  const member = staff.find((m) => m.doctorId === doctorId);
  if (!member) return { canPractise: false, practice: '未绑定员工账号，不能在线接诊' };
  return member.onlineRefusal ? { canPractise: false, practice: member.onlineRefusal } : { canPractise: true, practice: `可在线接诊（账号：${member.name}）` };
}

export function doctorRowsOf(loaded: Loaded): DoctorRow[] {
  return loaded.doctors.map((d) => {
    const own = loaded.consult.doctorFees[d.id];
    return {
      doctorId: d.id,
      name: d.name,
      departmentName: d.departmentName,
      fee: typeof own === 'number' ? yuanOf(own) : '',
      error: '',
      ...practiceOf(d.id, loaded.staff),
    };
  });
}

const problem = (p: Parsed): string => (p.ok ? '' : p.error);

export function validateOnlineForm(form: OnlineForm): OnlineForm {
  return {
    answerHours: problem(wholeOf(form.answerHours, 1, 72)),
    defaultFee: problem(feeFenOf(form.defaultFee, '默认咨询费')),
    departmentFee: problem(feeFenOf(form.departmentFee, '科室咨询费')),
    windowDays: problem(wholeOf(form.windowDays, 30, 365)),
    followupFee: problem(feeFenOf(form.followupFee, '复诊费')),
  };
}

/** Each row with its message: an empty fee is the default, anything else must be an amount. */
export function validateDoctorRows(rows: readonly DoctorRow[]): DoctorRow[] {
  return rows.map((r) => ({ ...r, error: r.fee.trim() === '' ? '' : problem(feeFenOf(r.fee, '咨询费')) }));
}

const fenOf = (text: string): number => {
  const p = feeFenOf(text);
  return p.ok ? p.value : 0;
};

/** What the two saveSettings take, from a form and rows that passed validation. */
export function settingsInput(form: OnlineForm, rows: readonly DoctorRow[], shipsCold: boolean): SettingsInput {
  const doctorFees: Record<string, number> = {};
  for (const r of rows) if (r.fee.trim() !== '') doctorFees[r.doctorId] = fenOf(r.fee);
  return {
    consult: { answerHours: Number(form.answerHours.trim()), defaultFen: fenOf(form.defaultFee), departmentFen: fenOf(form.departmentFee), doctorFees },
    followup: { windowDays: Number(form.windowDays.trim()), feeFen: fenOf(form.followupFee), shipsCold },
  };
}

/** The settings as one paragraph for the confirmation. */
export function settingsSummary(s: SettingsInput): string {
  const own = Object.keys(s.consult.doctorFees).length;
  const consult = `在线咨询：默认${feeText(s.consult.defaultFen)}，向科室提问${feeText(s.consult.departmentFen)}，${own}位医生单独定价，${s.consult.answerHours}小时内未接诊自动退款`;
  const followup = `在线复诊：${s.followup.windowDays}天内到院就诊可复诊，${feeText(s.followup.feeFen)}，${s.followup.shipsCold ? '寄送冷链药品' : '不寄送冷链药品'}`;
  return `${consult}；${followup}。`;
}
