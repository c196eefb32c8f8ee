/**
 * What the triage pages pass each other in the page query. The result page gets the whole input in
 * short keys, so it can ask again when WeChat restores it without the form (the form's answer is
 * kept in cache.ts for the normal way there); the emergency screen gets the few lines it must show
 * at once, without any request. WeChat hands onLoad the values still URI-encoded: they are decoded
 * here, and a value that is not valid URI encoding is taken as it is.
 */
import type { TriageAnswer, TriageAssessInput, TriageResult } from '../../shared/dto/triage';
import { hasBodilyDanger, isSelfHarm } from './crisis';

export type Query = Record<string, string | undefined>;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_ADVICE = 300;
const MAX_FLAGS = 5;

export function decodeParam(raw: string | undefined): string {
  if (raw === undefined) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function queryString(params: Array<[string, string]>): string {
  return params
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}

/** The input in short keys: h hospital, t text, p family member, g age, x sex, n pregnant (1 yes, 0 no), r s a the picks. */
export function encodeAssess(input: TriageAssessInput): string {
  const picks = input.picks;
  return queryString([
    ['h', input.hospitalId],
    ['t', input.text ?? ''],
    ['p', input.patientId ?? ''],
    ['g', input.age === undefined ? '' : String(input.age)],
    ['x', input.sex === 'male' ? 'm' : input.sex === 'female' ? 'f' : ''],
    ['n', input.pregnant === true ? '1' : input.pregnant === false ? '0' : ''],
    ['r', picks && picks.regionId ? picks.regionId : ''],
    ['s', picks ? picks.symptomIds.join(',') : ''],
    ['a', picks ? picks.answers.map((x) => `${x.questionId}.${x.optionId}`).join(',') : ''],
  ]);
}

const ids = (value: string): string[] => value.split(',').filter((id) => ID.test(id));

function answersOf(value: string): TriageAnswer[] {
  return value
    .split(',')
    .map((pair) => pair.split('.'))
    .filter((p) => p.length === 2 && ID.test(p[0]) && ID.test(p[1]))
    .map(([questionId, optionId]) => ({ questionId, optionId }));
}

/** The input back from the result page's query; null when it names no hospital. */
export function decodeAssess(query: Query): TriageAssessInput | null {
  const hospitalId = decodeParam(query.h);
  if (!ID.test(hospitalId)) return null;
  const input: TriageAssessInput = { hospitalId };
  const text = decodeParam(query.t);
  if (text) input.text = text;
  const patientId = decodeParam(query.p);
  if (ID.test(patientId)) input.patientId = patientId;
  const age = decodeParam(query.g);
  if (/^\d{1,3}$/.test(age)) input.age = Number(age);
  const sex = decodeParam(query.x);
  if (sex === 'm' || sex === 'f') input.sex = sex === 'm' ? 'male' : 'female';
  const pregnant = decodeParam(query.n);
  if (pregnant === '1' || pregnant === '0') input.pregnant = pregnant === '1';
  const regionId = decodeParam(query.r);
  const symptomIds = ids(decodeParam(query.s));
  const answers = answersOf(decodeParam(query.a));
  if (ID.test(regionId) || symptomIds.length > 0 || answers.length > 0) {
    input.picks = { ...(ID.test(regionId) ? { regionId } : {}), symptomIds, answers };
  }
  return input;
}

export function resultUrl(input: TriageAssessInput): string {
  return `/previsit/triage-result/index?${encodeAssess(input)}`;
}

export interface EmergencyInfo {
  hospitalId: string;
  advice: string;
  flags: string[];
  department: { id: string; name: string; location: string; phone: string } | null;
}

/** The emergency screen's lines: d e l ph the emergency department, f the red flags, v the advice. */
export function emergencyUrl(result: TriageResult, hospitalId: string): string {
  const er = result.emergencyDepartment;
  return `/previsit/emergency/index?${queryString([
    ['h', hospitalId],
    ['d', er ? er.departmentId : ''],
    ['e', er ? er.name : ''],
    ['l', er ? er.location : ''],
    ['ph', er ? er.phone : ''],
    [
      'f',
      result.redFlags
        .slice(0, MAX_FLAGS)
        .map((f) => f.label)
        .join('|'),
    ],
    ['v', result.advice.slice(0, MAX_ADVICE)],
  ])}`;
}

export function decodeEmergency(query: Query): EmergencyInfo {
  const hospitalId = decodeParam(query.h);
  const id = decodeParam(query.d);
  const name = decodeParam(query.e);
  return {
    hospitalId: ID.test(hospitalId) ? hospitalId : '',
    advice: decodeParam(query.v).slice(0, MAX_ADVICE),
    flags: decodeParam(query.f)
      .split('|')
      .filter((f) => f.trim().length > 0)
      .slice(0, MAX_FLAGS),
    department: ID.test(id) && name ? { id, name, location: decodeParam(query.l), phone: decodeParam(query.ph) } : null,
  };
}

export interface CrisisInfo {
  hospitalId: string;
  /** Something else dangerous was said too (pills taken, bleeding): 120 comes first. */
  bodily: boolean;
}

/** The self-harm screen: h the hospital, b when another danger was said as well. */
export function crisisUrl(result: TriageResult, hospitalId: string): string {
  return `/previsit/crisis/index?${queryString([
    ['h', hospitalId],
    ['b', hasBodilyDanger(result) ? '1' : ''],
  ])}`;
}

export function decodeCrisis(query: Query): CrisisInfo {
  const hospitalId = decodeParam(query.h);
  return { hospitalId: ID.test(hospitalId) ? hospitalId : '', bodily: decodeParam(query.b) === '1' };
}

/** Where an emergency answer goes: the self-harm screen when self-harm was said, else the emergency screen. */
export function alarmUrl(result: TriageResult, hospitalId: string): string {
  return isSelfHarm(result) ? crisisUrl(result, hospitalId) : emergencyUrl(result, hospitalId);
}
