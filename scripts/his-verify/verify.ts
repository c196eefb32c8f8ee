/**
 * Checks a hospital information system's HTTP interface against the contract the cloud functions
 * rely on (docs/his-http.md): asks each query through the same adapter the cloud uses
 * (backend/adapters/cloud/http-his.ts) and checks every answer with the same schemas the app applies
 * (backend/domain/his/answer.ts, visits.ts; backend/domain/records/his-report.ts,
 * his-prescription.ts) — an answer this passes is one the app takes whole. Used by
 * `npm run his:verify` (scripts/his-verify/index.ts).
 */
import { z } from 'zod';
import { hisAnswerSchema } from '../../backend/domain/his/answer';
import { hisVisitSchema } from '../../backend/domain/his/visits';
import { hisPrescriptionSchema } from '../../backend/domain/records/his-prescription';
import { hisReportSchema } from '../../backend/domain/records/his-report';
import { issueText } from '../../backend/handlers/framework/validation';
import type { His, HisPatient, VisitSummary } from '../../backend/ports';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  ms: number;
}

export interface Verdict {
  ok: boolean;
  checks: Check[];
}

export interface VerifyOptions {
  patient: HisPatient;
  /** Epoch ms: the lists are asked for what changed at or after it (0: everything). */
  since: number;
  /** A report id of the patient to ask for alone; else the first the list answers. */
  reportId?: string;
  /** A completed visit to ask the orders of (`{ visit }`); without it that query is not asked. */
  visit?: VisitSummary;
}

/** An id no HIS should know: `report` must answer an empty list for it. */
export const UNKNOWN_REPORT_ID = 'peizhen-verify-unknown-report';

/** The most problems listed per check. */
const SHOWN = 5;

type ListKey = 'reports' | 'prescriptions' | 'visits';

interface Listed {
  entries: Array<{ id: string; patientId: string }>;
  problems: string[];
}

const idOf = (raw: unknown): string => {
  const v: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'id') : undefined;
  return typeof v === 'string' ? v.slice(0, 80) : '?';
};

/** The list under `key`, each entry checked on its own as the app does; problems say which entry, which field and why. */
export function checkList(raw: unknown, key: ListKey, patientId: string): Listed {
  if (typeof raw === 'string') return { entries: [], problems: [`答复不是 JSON：${raw.slice(0, 60)}`] };
  const body = z.record(z.string(), z.unknown()).safeParse(raw);
  const list = body.success ? z.array(z.unknown()).max(2000).safeParse(body.data[key]) : null;
  if (!list?.success) return { entries: [], problems: [`答复应为 { "${key}": [...] }（至多 2000 条）`] };
  const schema: z.ZodType<{ id: string; patientId: string }> =
    key === 'reports' ? hisReportSchema : key === 'prescriptions' ? hisPrescriptionSchema : hisVisitSchema;
  const entries: Listed['entries'] = [];
  const problems: string[] = [];
  for (const item of list.data) {
    const result = schema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0];
      problems.push(`${idOf(item)}：${issue.path.map(String).join('.') || '条目'}：${issueText(issue, item)}`);
    } else if (result.data.patientId !== patientId) problems.push(`${result.data.id}：patientId ${result.data.patientId} 不是所查询的患者`);
    else entries.push(result.data);
  }
  return { entries, problems };
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T | null; error: string; ms: number }> {
  const start = performance.now();
  try {
    const value = await run();
    return { value, error: '', ms: Math.round(performance.now() - start) };
  } catch (e) {
    return { value: null, error: e instanceof Error ? e.message : String(e), ms: Math.round(performance.now() - start) };
  }
}

const summary = (problems: string[]): string => problems.slice(0, SHOWN).join('；') + (problems.length > SHOWN ? `；另有 ${problems.length - SHOWN} 条` : '');

async function listCheck(name: string, key: ListKey, ask: () => Promise<unknown>, patientId: string): Promise<{ check: Check; entries: Listed['entries'] }> {
  const { value, error, ms } = await timed(ask);
  if (error) return { check: { name, ok: false, detail: `请求失败：${error}`, ms }, entries: [] };
  const { entries, problems } = checkList(value, key, patientId);
  const detail = problems.length === 0 ? `${entries.length} 条，均符合约定` : `${problems.length} 条不符合（应用会拒收并记录）：${summary(problems)}`;
  return { check: { name, ok: problems.length === 0, detail, ms }, entries };
}

/**
 * Asks `his` each query for `options.patient` and checks the answers; `wrongToken` is the same
 * interface called with a token it must refuse (an HTTP error), or null to skip that check.
 */
export async function verifyHis(his: His, wrongToken: His | null, options: VerifyOptions): Promise<Verdict> {
  const { patient, since } = options;
  const checks: Check[] = [];
  const reports = await listCheck('reports', 'reports', () => his.reports(patient, since), patient.patientId);
  checks.push(reports.check);
  const reportId = options.reportId ?? (reports.entries[0] ? reports.entries[0].id : '');
  if (reportId) {
    const one = await listCheck(`report ${reportId}`, 'reports', () => his.report(reportId, patient), patient.patientId);
    const right = one.entries.length === 1 && one.entries[0].id === reportId;
    checks.push(
      one.check.ok && !right
        ? { ...one.check, ok: false, detail: `应答复且只答复报告 ${reportId}，实际 ${one.entries.map((e) => e.id).join('、') || '空'}` }
        : one.check,
    );
  } else if (reports.check.ok) checks.push({ name: 'report', ok: true, detail: '该患者没有报告，未单独查询（可用 --report-id 指定）', ms: 0 });
  else checks.push({ name: 'report', ok: false, detail: 'reports 未通过，无法单独查询（可用 --report-id 指定）', ms: 0 });
  const unknown = await listCheck('report（未知编号）', 'reports', () => his.report(UNKNOWN_REPORT_ID, patient), patient.patientId);
  checks.push(
    unknown.check.ok && unknown.entries.length > 0
      ? { ...unknown.check, ok: false, detail: `未知的报告编号应答复 { "reports": [] }，实际 ${unknown.entries.length} 条` }
      : unknown.check,
  );
  checks.push((await listCheck('prescriptions', 'prescriptions', () => his.prescriptions(patient, since), patient.patientId)).check);
  checks.push((await listCheck('visits', 'visits', () => his.visits(patient, since), patient.patientId)).check);
  const { visit } = options;
  if (visit) {
    const { value, error, ms } = await timed(() => his.ordersForVisit(visit));
    const parsed = error ? null : hisAnswerSchema.safeParse(value);
    const detail = error
      ? `请求失败：${error}`
      : parsed?.success
        ? `${parsed.data.orders.length} 张医嘱，均符合约定`
        : `不符合约定：${
            parsed
              ? parsed.error.issues
                  .slice(0, SHOWN)
                  .map((i) => `${i.path.map(String).join('.') || '答复'}：${issueText(i, value)}`)
                  .join('；')
              : ''
          }`;
    checks.push({ name: `orders（就诊 ${visit.appointmentId}）`, ok: !error && parsed !== null && parsed.success, detail, ms });
  }
  if (wrongToken) {
    const { error, ms } = await timed(() => wrongToken.reports(patient, since));
    const refused = /^HIS answered 4\d\d$/.test(error);
    const detail = refused ? `已拒绝（${error}）` : error ? `未能确认：${error}（应答复 401 或 403）` : '用错误的令牌也答复了：请要求信息科校验 Authorization';
    checks.push({ name: '错误的令牌', ok: refused, detail, ms });
  }
  return { ok: checks.every((c) => c.ok), checks };
}
