/**
 * The records boundary with the hospital information system: every report and prescription the
 * HIS answers is checked on its own (backend/domain/records/his-report.ts, his-prescription.ts)
 * and must be the asked patient's. One that fails is refused whole — never stored, never shown in
 * part — and recorded in `hisIssues` for the hospital's admin and billing staff (clinic.hisIssues).
 */
import { z } from 'zod';
import { hashId } from '../../ids';
import type { HisIssueDoc } from '../../domain/his/docs';
import { DuplicateKeyError, type Ports } from '../../ports';
import { issueText } from '../framework/validation';

export interface IssueWhere {
  hospitalId: string;
  visitId: string;
  departmentName: string;
}

export async function recordRecordIssue(ports: Ports, where: IssueWhere, problem: string, now: number): Promise<void> {
  const _id = hashId('hisissue', where.visitId, problem);
  const issue: HisIssueDoc = {
    _id,
    hospitalId: where.hospitalId,
    appointmentId: where.visitId,
    departmentName: where.departmentName,
    doctorName: '',
    problem,
    firstAt: now,
    lastAt: now,
    times: 1,
  };
  try {
    await ports.db.insert('hisIssues', issue);
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
    await ports.db.update('hisIssues', { _id }, { set: { lastAt: now }, inc: { times: 1 } });
  }
  ports.logger.error('HIS record refused', { hospitalId: where.hospitalId, visitId: where.visitId });
}

/** The most entries one answer may hold. */
const MAX_ENTRIES = 2000;

const stringAt = (raw: unknown, key: string): string => {
  const v: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, key) : undefined;
  return typeof v === 'string' ? v.slice(0, 64) : '';
};

/** The list under `key` of an HIS answer, or null (recorded) when the answer is not such a list. */
export async function listOf(
  ports: Ports,
  raw: unknown,
  key: 'reports' | 'prescriptions' | 'visits',
  patientId: string,
  now: number,
): Promise<unknown[] | null> {
  const parsed = z.record(z.string(), z.unknown()).safeParse(raw);
  const list = parsed.success ? z.array(z.unknown()).max(MAX_ENTRIES).safeParse(parsed.data[key]) : null;
  if (list?.success) return list.data;
  await recordRecordIssue(ports, { hospitalId: 'unknown', visitId: patientId, departmentName: '' }, `${key}：答复格式不正确`, now);
  return null;
}

/**
 * Each entry checked on its own: the good ones, the patient's own; the rest recorded. `what`
 * names the kind in the recorded problem (报告, 处方).
 */
export async function checkedEach<T extends { patientId: string; id: string }>(
  ports: Ports,
  schema: z.ZodType<T>,
  list: unknown[],
  patientId: string,
  what: string,
  now: number,
): Promise<T[]> {
  const good: T[] = [];
  for (const raw of list) {
    const where = {
      hospitalId: stringAt(raw, 'hospitalId') || 'unknown',
      visitId: stringAt(raw, 'visitId') || patientId,
      departmentName: stringAt(raw, 'departmentName'),
    };
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue.path.map(String).join('.') || '答复';
      await recordRecordIssue(ports, where, `${what} ${stringAt(raw, 'id')}：${field}：${issueText(issue, raw)}`.slice(0, 200), now);
    } else if (result.data.patientId !== patientId) {
      await recordRecordIssue(ports, where, `${what} ${result.data.id}：不属于所查询的患者`, now);
    } else good.push(result.data);
  }
  return good;
}
