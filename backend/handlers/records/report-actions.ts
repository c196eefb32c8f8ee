/** Reports for patients: the list per family member, one report (gated), and an item's trend across visits. */
import type { TrendView } from '../../../miniprogram/shared/dto/records';
import type { ReportDoc } from '../../domain/records/docs';
import { FLAG_TEXT } from '../../domain/records/flags';
import { MAX_PAGE, type Db } from '../../ports';
import { records } from '../../../miniprogram/shared/contract/records';
import { action } from '../framework/define';
import { ownPatient, ownReport } from './lookups';
import { checkIdLast4 } from './id-check';
import { hisPatientOf } from './his-patient';
import { pullReports, takeReports } from './sync';
import { awaitingContact, HospitalBook, reportDetail, reportSummary } from './views';
import { owner } from '../framework/who';

const PAGE_SIZE = 50;
/** The most reports a trend looks through (5 years of quarterly panels and more). */
const TREND_PAGES = 10;

export const reports = action(records.reports, {
  who: owner(),
  async run({ patientId, hospitalId, page }, ctx) {
    const patient = await ownPatient(ctx, patientId);
    await pullReports(ctx.ports, patient, ctx.now);
    const docs = await ctx.db.find<ReportDoc>('reports', {
      where: { patientId },
      orderBy: [['sortAt', 'desc']],
      limit: PAGE_SIZE + 1,
      skip: (page - 1) * PAGE_SIZE,
    });
    const book = new HospitalBook(ctx.db);
    const list = [];
    for (const r of docs.slice(0, PAGE_SIZE)) list.push(await reportSummary(r, book, hospitalId));
    return { reports: list, page, hasMore: docs.length > PAGE_SIZE };
  },
});

/** The patient's final reports a trend may use: never one awaiting a critical handover, never a sensitive one. */
async function shownFinalReports(db: Db, patientId: string): Promise<ReportDoc[]> {
  const out: ReportDoc[] = [];
  for (let n = 0; n < TREND_PAGES; n++) {
    const page = await db.find<ReportDoc>('reports', {
      where: { patientId, status: 'final', kind: 'lab' },
      orderBy: [['sortAt', 'desc']],
      limit: MAX_PAGE,
      skip: n * MAX_PAGE,
    });
    out.push(...page.filter((r) => !awaitingContact(r) && !r.sensitive));
    if (page.length < MAX_PAGE) break;
  }
  return out;
}

async function trendsOf(db: Db, r: ReportDoc): Promise<Array<{ code: string; name: string }>> {
  if (r.kind !== 'lab') return [];
  const same = await db.find<ReportDoc>('reports', { where: { patientId: r.patientId, code: r.code, status: 'final' }, limit: 2 });
  return same.length < 2 ? [] : r.items.filter((i) => Number.isFinite(Number(i.value))).map((i) => ({ code: i.code, name: i.name }));
}

export const report = action(records.report, {
  who: owner(),
  offer: { key: 'reports', from: { field: 'reportId', collection: 'reports' } },
  async run({ reportId, idLast4, abnormalFirst }, ctx) {
    let { report: r, patient } = await ownReport(ctx, reportId);
    if (r.status !== 'final') {
      await takeReports(ctx.ports, patient, await ctx.ports.his.report(r.hisId, hisPatientOf(patient)), ctx.now);
      r = (await ownReport(ctx, reportId)).report;
    }
    let unlocked = !r.sensitive;
    if (r.sensitive && idLast4 !== undefined) {
      await checkIdLast4(ctx.db, ctx.user(), patient, idLast4, ctx.now);
      unlocked = true;
    }
    const summary = await reportSummary(r, new HospitalBook(ctx.db), undefined);
    const trends = unlocked && !awaitingContact(r) ? await trendsOf(ctx.db, r) : [];
    return { report: await reportDetail(r, summary, { unlocked, abnormalOnTop: abnormalFirst ?? false, trends }) };
  },
});

export const trend = action(records.trend, {
  who: owner(),
  async run({ patientId, code }, ctx) {
    await pullReports(ctx.ports, await ownPatient(ctx, patientId), ctx.now);
    const found = (await shownFinalReports(ctx.db, patientId)).flatMap((r) =>
      r.items.filter((i) => i.code === code && Number.isFinite(Number(i.value))).map((i) => ({ r, i })),
    );
    const oldestFirst = found.reverse();
    const last = oldestFirst[oldestFirst.length - 1];
    const bounds = last ? last.i.range.split('-').map(Number) : [];
    const view: TrendView = {
      code,
      name: last?.i.name ?? '',
      unit: last?.i.unit ?? '',
      range: last?.i.range ?? '',
      low: bounds.length === 2 && Number.isFinite(bounds[0]) ? bounds[0] : null,
      high: bounds.length === 2 && Number.isFinite(bounds[1]) ? bounds[1] : null,
      points: oldestFirst.map(({ r, i }) => ({ date: r.visitDate, value: Number(i.value), flag: FLAG_TEXT[i.interpretation] })),
    };
    return { trend: view };
  },
});
