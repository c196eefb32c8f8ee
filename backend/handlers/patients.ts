/**
 * The `patients` cloud function: the people an account books for (就诊人) — at most five, real
 * name, a valid document, a mainland mobile. ID numbers and phones leave masked, birth dates as an age.
 */
import type { PatientView } from '../../miniprogram/shared/dto/booking';
import { IdType, type Relation, idTypeLabels, relationLabels } from '../../miniprogram/shared/enums';
import { ErrorCode } from '../../miniprogram/shared/errors';
import { documentProblem, isMobile, maskIdNumber, maskPhone, nameProblem, parseResidentId } from '../../miniprogram/shared/validators';
import type { NoShowRecord, PatientDoc } from '../domain/booking/docs';
import { ageAt } from '../domain/booking/age';
import { restrictedUntil } from '../domain/booking/rules';
import { defaultBookingSettings } from '../domain/scheduling/settings';
import { DuplicateKeyError } from '../ports';
import { AppError, notFound } from './framework/app-error';
import type { Ctx } from './framework/context';
import { patients } from '../../miniprogram/shared/contract/patients';
import { action, defineFunction } from './framework/define';
import { noShowsOfPatients } from './booking/person';
import { hashId } from '../ids';
import { owner, signedIn } from './framework/who';

export const MAX_PATIENTS = 5;

type Input = { name: string; idType: IdType; idNumber: string; phone: string; relation: Relation };

/** The rules zod cannot say: real names, the ID check digit, the mobile format. */
function checkPerson(p: Input): Pick<PatientDoc, 'birthDate' | 'sex'> {
  const name = nameProblem(p.name);
  if (name) throw new AppError(ErrorCode.VALIDATION_FAILED, name, 'name');
  const doc = documentProblem(p.idType, p.idNumber);
  if (doc) throw new AppError(ErrorCode.VALIDATION_FAILED, doc, 'idNumber');
  if (!isMobile(p.phone)) throw new AppError(ErrorCode.VALIDATION_FAILED, '请填写11位手机号码', 'phone');
  const facts = p.idType === IdType.resident_id ? parseResidentId(p.idNumber) : null;
  return facts ?? { birthDate: '', sex: '' };
}

/** `noShows`: the person's at every hospital (booking/person.ts), the patient's own when not given. */
export function patientView(p: PatientDoc, now: number, noShows: readonly NoShowRecord[] = p.noShows): PatientView {
  return {
    id: p._id,
    name: p.name,
    relation: p.relation,
    relationLabel: relationLabels[p.relation],
    idType: p.idType,
    idTypeLabel: idTypeLabels[p.idType],
    idNumberMasked: maskIdNumber(p.idNumber),
    phoneMasked: maskPhone(p.phone),
    age: ageAt(p.birthDate, now),
    sex: p.sex,
    restrictedUntil: restrictedUntil(noShows, defaultBookingSettings.noShow, now),
  };
}

const documentKeyOf = (openid: string, p: Input): string => `${openid}|${p.idType}|${p.idNumber}`;

/** A patient of the caller's account, or NOT_FOUND (another account's patient is not revealed). */
export async function ownPatient(ctx: Ctx, patientId: string): Promise<PatientDoc> {
  const p = await ctx.db.get<PatientDoc>('patients', patientId);
  if (!p || p.openid !== ctx.user()) throw notFound('就诊人');
  return p;
}

async function viewsOf(ctx: Ctx, patients: readonly PatientDoc[]): Promise<PatientView[]> {
  const noShows = await noShowsOfPatients(ctx.db, patients, ctx.now);
  return patients.map((p) => patientView(p, ctx.now, noShows.get(p._id)));
}

async function viewOf(ctx: Ctx, p: PatientDoc): Promise<PatientView> {
  return (await viewsOf(ctx, [p]))[0];
}

async function listOwn(ctx: Ctx): Promise<PatientDoc[]> {
  return ctx.db.find<PatientDoc>('patients', { where: { openid: ctx.user() }, orderBy: [['createdAt', 'asc']], limit: MAX_PATIENTS + 1 });
}

const list = action(patients.list, {
  who: signedIn(),
  async run(_i, ctx) {
    return { patients: await viewsOf(ctx, await listOwn(ctx)), max: MAX_PATIENTS };
  },
});

const add = action(patients.add, {
  who: signedIn(),
  async run({ requestId, ...person }, ctx) {
    const openid = ctx.user();
    const facts = checkPerson(person);
    const id = hashId('pat', `${openid}:${requestId}`);
    const again = await ctx.db.get<PatientDoc>('patients', id);
    if (again) return { id, patient: await viewOf(ctx, again) };
    // Racing adds of one account each pick a free place; a loser reads again and tries another.
    for (let attempt = 0; attempt < MAX_PATIENTS * 4; attempt++) {
      const existing = await listOwn(ctx);
      if (existing.some((p) => p.documentKey === documentKeyOf(openid, person))) {
        throw new AppError(ErrorCode.ALREADY_BOOKED, '该证件的就诊人已添加', 'idNumber');
      }
      const used = new Set(existing.map((p) => p.ownerSlot));
      const places = Array.from({ length: MAX_PATIENTS }, (_, i) => `${openid}|${i + 1}`).filter((s) => !used.has(s));
      if (places.length === 0) throw new AppError(ErrorCode.LIMIT_REACHED, `每个账号最多添加${MAX_PATIENTS}位就诊人`);
      const free = places[attempt % places.length];
      const doc: PatientDoc = {
        _id: id,
        openid,
        ownerSlot: free,
        documentKey: documentKeyOf(openid, person),
        ...person,
        ...facts,
        noShows: [],
        requestId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      try {
        await ctx.db.insert('patients', doc);
        return { id, patient: await viewOf(ctx, doc) };
      } catch (e) {
        if (!(e instanceof DuplicateKeyError)) throw e;
        const first = await ctx.db.get<PatientDoc>('patients', id);
        if (first) return { id, patient: await viewOf(ctx, first) };
      }
    }
    throw new AppError(ErrorCode.STATE_CONFLICT);
  },
});

const update = action(patients.update, {
  who: owner(),
  async run({ patientId, ...person }, ctx) {
    const p = await ownPatient(ctx, patientId);
    const facts = checkPerson(person);
    const next: PatientDoc = { ...p, ...person, ...facts, documentKey: documentKeyOf(p.openid, person), updatedAt: ctx.now };
    try {
      await ctx.db.transaction(async (tx) => {
        const current = await tx.get<PatientDoc>('patients', patientId);
        if (!current) throw notFound('就诊人');
        await tx.set('patients', { ...next, noShows: current.noShows });
      });
    } catch (e) {
      if (e instanceof DuplicateKeyError) throw new AppError(ErrorCode.ALREADY_BOOKED, '该证件的就诊人已添加', 'idNumber');
      throw e;
    }
    return { patient: await viewOf(ctx, next) };
  },
});

const remove = action(patients.remove, {
  who: owner(),
  async run({ patientId }, ctx) {
    await ownPatient(ctx, patientId);
    const active = await ctx.db.count('appointments', { patientId, status: { in: ['pending_payment', 'booked', 'checked_in'] } });
    if (active > 0) throw new AppError(ErrorCode.STATE_CONFLICT, '该就诊人还有未完成的预约，不能删除');
    const removed = await ctx.db.remove('patients', { _id: patientId, openid: ctx.user() });
    return { removed: removed === 1 };
  },
});

export const patientsFunction = defineFunction('patients', patients, { list, add, update, remove });
