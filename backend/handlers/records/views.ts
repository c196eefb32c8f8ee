/**
 * Reports as patients and staff see them. The one rule that matters most lives here: a report
 * holding a critical value shows the patient nothing of its results until staff have recorded the
 * handover, and a sensitive one nothing until the ID check passed — both views are built from the
 * summary, never by removing fields from the full one.
 */
import { shanghaiDate, shanghaiTime } from '../../../miniprogram/shared/time';
import type { ReportDetail, ReportItemView, ReportSummary } from '../../../miniprogram/shared/dto/records';
import type { HospitalDoc } from '../../domain/content/docs';
import type { ReportDoc } from '../../domain/records/docs';
import { FLAG_TEXT, abnormalFirst, isAbnormal } from '../../domain/records/flags';
import type { Db } from '../../ports';

export const timeText = (ms: number): string => `${shanghaiDate(ms)} ${shanghaiTime(ms)}`;

const METHOD_TEXT = { phone: '电话', in_person: '当面', other: '其他方式' } as const;

export const CRITICAL_NOTICE = '该报告有需要医生尽快告知您的结果，医院将立即与您联系，请保持电话畅通；也可直接致电科室。';
export const LOCKED_NOTICE = '该报告涉及个人隐私，请输入就诊人身份证号后4位查看。';

/** The hospitals of a list of reports, read once each. */
export class HospitalBook {
  private readonly cache = new Map<string, HospitalDoc | null>();
  constructor(private readonly db: Db) {}
  async get(id: string): Promise<HospitalDoc | null> {
    if (!this.cache.has(id)) this.cache.set(id, await this.db.get<HospitalDoc>('hospitals', id));
    return this.cache.get(id) ?? null;
  }
}

/** 互认: from another hospital than the one the patient is using, both taking part. */
async function mutualOf(book: HospitalBook, reportHospital: HospitalDoc | null, currentHospitalId: string | undefined): Promise<boolean> {
  if (!currentHospitalId || !reportHospital || reportHospital._id === currentHospitalId) return false;
  const current = await book.get(currentHospitalId);
  return !!(reportHospital.mutualRecognition && current?.mutualRecognition);
}

export async function reportSummary(r: ReportDoc, book: HospitalBook, currentHospitalId: string | undefined): Promise<ReportSummary> {
  const hospital = await book.get(r.hospitalId);
  const final = r.status === 'final';
  return {
    id: r._id,
    title: r.title,
    kind: r.kind,
    status: final ? 'final' : 'pending',
    statusText: final ? '已出报告' : '检查中',
    critical: r.critical,
    sensitive: r.sensitive,
    visitDate: r.visitDate,
    departmentName: r.departmentName,
    hospitalName: hospital?.name ?? '',
    mutual: await mutualOf(book, hospital, currentHospitalId),
    reportedText: r.reportedAt !== null ? timeText(r.reportedAt) : '',
  };
}

export function itemViews(r: ReportDoc, abnormalOnTop: boolean): ReportItemView[] {
  const items = abnormalOnTop ? abnormalFirst(r.items) : r.items;
  return items.map((i) => ({
    code: i.code,
    name: i.name,
    value: i.value,
    unit: i.unit,
    range: i.range,
    flag: FLAG_TEXT[i.interpretation],
    abnormal: isAbnormal(i.interpretation),
  }));
}

export const awaitingContact = (r: ReportDoc): boolean => r.critical && r.contact === null;

function contactText(r: ReportDoc): string {
  const c = r.contact;
  return c ? `危急值已由${c.staffName}于${timeText(c.at)}${METHOD_TEXT[c.method]}告知${c.contactedPerson}` : '';
}

export interface DetailOptions {
  unlocked: boolean;
  abnormalOnTop: boolean;
  trends: Array<{ code: string; name: string }>;
}

export async function reportDetail(r: ReportDoc, summary: ReportSummary, options: DetailOptions): Promise<ReportDetail> {
  const base: ReportDetail = {
    ...summary,
    patientId: r.patientId,
    patientName: r.patientName,
    sampleType: r.sampleType,
    sampledText: timeText(r.sampledAt),
    reviewer: r.status === 'final' ? r.reviewer : '',
    locked: false,
    awaitingContact: false,
    notice: '',
    departmentPhone: r.departmentPhone,
    items: [],
    findings: '',
    impression: '',
    contactText: '',
    trends: [],
  };
  if (r.sensitive && !options.unlocked) return { ...base, locked: true, notice: LOCKED_NOTICE };
  if (awaitingContact(r)) return { ...base, awaitingContact: true, notice: CRITICAL_NOTICE };
  if (r.status !== 'final') return { ...base, notice: '报告尚未出具，出具后将通知您（需订阅消息）。' };
  return {
    ...base,
    items: itemViews(r, options.abnormalOnTop),
    findings: r.findings,
    impression: r.impression,
    contactText: contactText(r),
    trends: options.trends,
  };
}
