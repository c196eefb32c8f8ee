/**
 * Pulling a patient's records from the HIS into the store: reports and prescriptions that changed
 * since the last pull, each checked (backend/handlers/records/his-records.ts), then inserted or
 * updated by a key derived from the hospital and the HIS id. A critical value's handover
 * (`contact`) belongs to the platform and is never overwritten by a pull. A report that turns
 * final is announced once (`report_ready`, dedupe key per report) when that happened within two
 * days — a sensitive one without its title. Pages pull at most once a minute; the records timer
 * pulls for recent visits.
 */
import { shanghaiDate } from '../../../miniprogram/shared/time';
import { hashId } from '../../ids';
import type { PatientDoc } from '../../domain/booking/docs';
import type { DepartmentDoc } from '../../domain/content/docs';
import { wechatTime } from '../../domain/messages/shape';
import type { PrescriptionDoc, RecordSyncDoc, ReportDoc } from '../../domain/records/docs';
import { hisPrescriptionSchema, type HisPrescription } from '../../domain/records/his-prescription';
import { hisReportSchema, type HisReport } from '../../domain/records/his-report';
import { isSensitiveTest } from '../../domain/records/sensitive';
import { DuplicateKeyError, type Db, type Doc, type Ports } from '../../ports';
import { askableHisPatient } from './his-patient';
import { checkedEach, listOf } from './his-records';

/** Pages pull a patient's records at most this often. */
export const PULL_EVERY_MS = 60_000;
/** Only reports that turned final this recently are announced: a first pull of old history sends nothing. */
const ANNOUNCE_WITHIN_MS = 2 * 86_400_000;
/** A pull asks again for this much before the last one, so a change at the edge is not missed. */
const OVERLAP_MS = 60_000;

export const syncId = (patientId: string): string => `sync-${patientId}`;
export const reportIdOf = (hospitalId: string, hisId: string): string => hashId('rep', hospitalId, hisId);
export const prescriptionIdOf = (hospitalId: string, hisId: string): string => hashId('rx', hospitalId, hisId);

/** Inserts, or when it exists replaces the fields given. */
async function upsert<T extends Doc>(db: Db, collection: string, doc: T, existing: T | null, fields: Partial<T>): Promise<void> {
  if (!existing) {
    try {
      await db.insert(collection, doc);
      return;
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
    }
  }
  await db.update(collection, { _id: doc._id }, { set: fields });
}

class Phones {
  private readonly cache = new Map<string, string>();
  constructor(private readonly db: Db) {}
  async of(departmentId: string): Promise<string> {
    if (!this.cache.has(departmentId)) this.cache.set(departmentId, (await this.db.get<DepartmentDoc>('departments', departmentId))?.phone ?? '');
    return this.cache.get(departmentId) ?? '';
  }
}

async function storeReport(ports: Ports, p: PatientDoc, r: HisReport, phones: Phones, now: number): Promise<void> {
  const { id: hisId, ...his } = r;
  const _id = reportIdOf(r.hospitalId, hisId);
  const existing = await ports.db.get<ReportDoc>('reports', _id);
  const handled: ReportDoc['criticalState'] = existing?.contact ? 'done' : 'open';
  const fields: Omit<ReportDoc, '_id' | 'contact'> = {
    ...his,
    hisId,
    openid: p.openid,
    patientName: p.name,
    departmentPhone: await phones.of(r.departmentId),
    visitDate: shanghaiDate(r.sampledAt),
    sortAt: r.reportedAt ?? r.sampledAt,
    sensitive: isSensitiveTest(r.code, r.title),
    criticalState: r.critical ? handled : 'none',
    syncedAt: now,
  };
  await upsert<ReportDoc>(ports.db, 'reports', { _id, ...fields, contact: null }, existing, fields);
  if (r.status === 'final' && existing?.status !== 'final' && (r.reportedAt ?? 0) >= now - ANNOUNCE_WITHIN_MS) {
    await ports.notifier.notify({
      openid: p.openid,
      hospitalId: r.hospitalId,
      kind: 'report_ready',
      key: `report:${_id}`,
      page: `records/report/index?id=${_id}`,
      data: { patient: p.name.slice(0, 10), report: fields.sensitive ? '检验报告' : r.title, time: wechatTime(r.reportedAt ?? now) },
    });
  }
}

/** Stores what the HIS answered for these reports; answers how many were taken. */
export async function takeReports(ports: Ports, p: PatientDoc, raw: unknown, now: number): Promise<number> {
  const list = await listOf(ports, raw, 'reports', p._id, now);
  if (!list) return 0;
  const good = await checkedEach(ports, hisReportSchema, list, p._id, '报告', now);
  const phones = new Phones(ports.db);
  for (const r of good) await storeReport(ports, p, r, phones, now);
  return good.length;
}

async function storePrescription(ports: Ports, p: PatientDoc, rx: HisPrescription, now: number): Promise<void> {
  const { id: hisId, ...his } = rx;
  const _id = prescriptionIdOf(rx.hospitalId, hisId);
  const existing = await ports.db.get<PrescriptionDoc>('prescriptions', _id);
  const fields = { ...his, hisId, openid: p.openid, patientName: p.name, visitDate: shanghaiDate(rx.writtenAt), syncedAt: now };
  await upsert<PrescriptionDoc>(ports.db, 'prescriptions', { _id, ...fields }, existing, fields);
}

async function markOf(db: Db, patientId: string): Promise<RecordSyncDoc> {
  return (await db.get<RecordSyncDoc>('recordSyncs', syncId(patientId))) ?? { _id: syncId(patientId), patientId, reportsAt: 0, prescriptionsAt: 0 };
}

async function saveMark(db: Db, mark: RecordSyncDoc, field: 'reportsAt' | 'prescriptionsAt', now: number): Promise<void> {
  await upsert(db, 'recordSyncs', { ...mark, [field]: now }, mark.reportsAt === 0 && mark.prescriptionsAt === 0 ? null : mark, { [field]: now });
}

/**
 * Pulls the patient's reports changed since the last pull (`force`: even within the minute); the
 * HIS is not asked about a person the account has not brought to a completed visit (his-patient.ts).
 */
export async function pullReports(ports: Ports, p: PatientDoc, now: number, force = false): Promise<void> {
  const mark = await markOf(ports.db, p._id);
  if (!force && mark.reportsAt > now - PULL_EVERY_MS) return;
  const asked = await askableHisPatient(ports.db, p, now);
  if (!asked) return;
  const since = mark.reportsAt === 0 ? 0 : mark.reportsAt - OVERLAP_MS;
  await takeReports(ports, p, await ports.his.reports(asked, since), now);
  await saveMark(ports.db, mark, 'reportsAt', now);
}

export async function pullPrescriptions(ports: Ports, p: PatientDoc, now: number): Promise<void> {
  const mark = await markOf(ports.db, p._id);
  if (mark.prescriptionsAt > now - PULL_EVERY_MS) return;
  const asked = await askableHisPatient(ports.db, p, now);
  if (!asked) return;
  const since = mark.prescriptionsAt === 0 ? 0 : mark.prescriptionsAt - OVERLAP_MS;
  const list = await listOf(ports, await ports.his.prescriptions(asked, since), 'prescriptions', p._id, now);
  if (list) for (const rx of await checkedEach(ports, hisPrescriptionSchema, list, p._id, '处方', now)) await storePrescription(ports, p, rx, now);
  await saveMark(ports.db, mark, 'prescriptionsAt', now);
}
