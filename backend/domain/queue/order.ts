/**
 * The order of a session's queue. Waiting patients are called by slot start, then check-in time
 * (early check-in does not jump the slot order); late arrivals (after their slot ended) after every
 * on-time patient; priority patients (set by the nurse with a reason) before the others. 回诊
 * (returning with same-day results) goes in after the next patient; a skip (过号) moves a patient
 * back `places`, twice at most, then to the end. Every function is pure and returns new state.
 */
import type { PriorityKind } from '../../../miniprogram/shared/dto/queue';
import type { QueueEntry } from './docs';

export interface QueueBody {
  entries: QueueEntry[];
  order: string[];
}

/** A skip after this many moves the patient to the end. */
export const MAX_SKIP_MOVES = 2;

type Key = [number, number, number, number];

function keyOf(e: QueueEntry): Key {
  return [e.priority ? 0 : 1, e.late ? 1 : 0, e.late ? e.checkedInAt : e.slotStart, e.checkedInAt];
}

export function compareEntries(a: QueueEntry, b: QueueEntry): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}

function byId(body: QueueBody, id: string): QueueEntry {
  const e = body.entries.find((x) => x.appointmentId === id);
  if (!e) throw new Error(`no queue entry ${id}`);
  return e;
}

function replace(body: QueueBody, entry: QueueEntry, order: string[]): QueueBody {
  return { entries: body.entries.map((e) => (e.appointmentId === entry.appointmentId ? entry : e)), order };
}

/** Where an entry goes by the rules: before the first waiting patient it should precede. */
function insertByRule(body: QueueBody, entry: QueueEntry, order: string[]): string[] {
  const at = order.findIndex((id) => compareEntries(entry, byId(body, id)) < 0);
  const next = [...order];
  next.splice(at === -1 ? next.length : at, 0, entry.appointmentId);
  return next;
}

export interface Arrival {
  appointmentId: string;
  openid: string;
  patientName: string;
  slotStart: number;
  slotEnd: number;
}

/** A checked-in patient joins the queue; joining twice changes nothing. */
export function join(body: QueueBody, a: Arrival, now: number): QueueBody {
  if (body.entries.some((e) => e.appointmentId === a.appointmentId)) return body;
  const entry: QueueEntry = {
    ...a,
    checkedInAt: now,
    late: now > a.slotEnd,
    state: 'waiting',
    skips: 0,
    priority: null,
    priorityReason: '',
    returning: false,
    calledAt: null,
    recalls: 0,
    startedAt: null,
    doneAt: null,
  };
  const withEntry = { entries: [...body.entries, entry], order: body.order };
  return { entries: withEntry.entries, order: insertByRule(withEntry, entry, body.order) };
}

/** Calls the first waiting patient; null when nobody waits. */
export function callNext(body: QueueBody, now: number): { body: QueueBody; called: string | null } {
  const [first, ...rest] = body.order;
  if (first === undefined) return { body, called: null };
  const e = byId(body, first);
  return { body: replace(body, { ...e, state: 'called', calledAt: now }, rest), called: first };
}

export type Refusal = { refused: string };
export type Outcome = { body: QueueBody } | Refusal;

function entryOr(body: QueueBody, id: string): QueueEntry | null {
  return body.entries.find((e) => e.appointmentId === id) ?? null;
}

/** 重呼: calls the called patient again. */
export function recall(body: QueueBody, id: string, now: number): Outcome {
  const e = entryOr(body, id);
  if (!e || e.state !== 'called') return { refused: '只能重呼已叫号的患者' };
  return { body: replace(body, { ...e, calledAt: now, recalls: e.recalls + 1 }, body.order) };
}

/** 过号: the called (or a waiting) patient moves back `places`; after MAX_SKIP_MOVES skips, to the end. */
export function skip(body: QueueBody, id: string, places: number): Outcome {
  const e = entryOr(body, id);
  if (!e || (e.state !== 'called' && e.state !== 'waiting' && e.state !== 'skipped')) return { refused: '该患者当前不能过号' };
  const from = e.state === 'called' ? 0 : body.order.indexOf(id);
  const rest = body.order.filter((x) => x !== id);
  const skips = e.skips + 1;
  const at = skips > MAX_SKIP_MOVES ? rest.length : Math.min(from + places, rest.length);
  const order = [...rest.slice(0, at), id, ...rest.slice(at)];
  return { body: replace(body, { ...e, state: 'skipped', skips, calledAt: null }, order) };
}

/** The nurse sets (or clears, with null) a priority with its reason; the patient is placed again by the rules. */
export function setPriority(body: QueueBody, id: string, priority: PriorityKind | null, reason: string): Outcome {
  const e = entryOr(body, id);
  if (!e || !body.order.includes(id)) return { refused: '只能为候诊中的患者设置优先' };
  const updated = { ...e, priority, priorityReason: priority ? reason : '' };
  const rest = body.order.filter((x) => x !== id);
  const next = replace(body, updated, rest);
  return { body: { entries: next.entries, order: insertByRule(next, updated, rest) } };
}

/** 回诊: a patient seen today comes back with results and goes in after the next patient. */
export function returnWithResults(body: QueueBody, id: string): Outcome {
  const e = entryOr(body, id);
  if (!e || e.state !== 'done') return { refused: '只有今天已就诊的患者可以回诊' };
  const at = Math.min(1, body.order.length);
  const order = [...body.order.slice(0, at), id, ...body.order.slice(at)];
  return { body: replace(body, { ...e, state: 'waiting', returning: true, calledAt: null, startedAt: null }, order) };
}

/** The doctor receives the called patient (接诊). */
export function start(body: QueueBody, id: string, now: number): Outcome {
  const e = entryOr(body, id);
  if (!e) return { refused: '该患者不在队列中' };
  if (e.state === 'in_consultation') return { body };
  if (e.state !== 'called') return { refused: '请先叫号' };
  return { body: replace(body, { ...e, state: 'in_consultation', startedAt: now }, body.order) };
}

/** The visit is done; answers the consultation's minutes (from the doctor receiving, else the call). */
export function finish(body: QueueBody, id: string, now: number): { body: QueueBody; minutes: number | null } {
  const e = entryOr(body, id);
  if (!e || e.state === 'done') return { body, minutes: null };
  const from = e.startedAt ?? e.calledAt;
  const order = body.order.filter((x) => x !== id);
  return { body: replace(body, { ...e, state: 'done', doneAt: now }, order), minutes: from === null ? null : (now - from) / 60_000 };
}

/** How many are called before this patient: their place among the waiting, 0 once called. */
export function aheadOf(body: QueueBody, id: string): number {
  const i = body.order.indexOf(id);
  return i === -1 ? 0 : i;
}

/**
 * How many turns come before a patient's in this queue, the one in the room counting as one more:
 * none once they are called or done; their place when waiting; after the next patient when coming back
 * (回诊); placed by the rules as if checking in now when not in the queue yet (`arrival`), or at
 * the end when they have no slot here. The ETA (eta.ts) of this many is their expected wait.
 */
export function turnsBefore(body: QueueBody, appointmentId: string | null, arrival: Arrival | null, returning: boolean, now: number): number {
  const busy = body.entries.some((e) => e.state === 'called' || e.state === 'in_consultation') ? 1 : 0;
  const own = appointmentId === null ? null : entryOr(body, appointmentId);
  if (own && (own.state === 'called' || own.state === 'in_consultation')) return 0;
  if (own && body.order.includes(own.appointmentId)) return aheadOf(body, own.appointmentId) + busy;
  if (returning) return Math.min(1, body.order.length) + busy;
  if (own) return 0;
  if (arrival) return aheadOf(join(body, arrival, now), arrival.appointmentId) + busy;
  return body.order.length + busy;
}
