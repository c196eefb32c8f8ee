/** The command line of `npm run his:verify` (scripts/his-verify/index.ts): its arguments, the run and the printed lines. */
import { readFileSync } from 'node:fs';
import { HttpHis } from '../../backend/adapters/cloud/http-his';
import type { HisPatient, VisitSummary } from '../../backend/ports';
import { IdType } from '../../miniprogram/shared/enums';
import { documentProblem } from '../../miniprogram/shared/validators';
import { verifyHis, type Verdict, type VerifyOptions } from './verify';

export interface HisVerifyArgs {
  url: string;
  token: string;
  json: boolean;
  options: VerifyOptions;
}

const USAGE =
  'npm run his:verify -- <url> --patient-id <id> --name <姓名> --id-number <证件号> [--id-type resident_id|passport|hk_macau_permit|taiwan_permit] [--sex male|female] [--birth YYYY-MM-DD] [--since <ms>] [--report-id <id>] [--visit <file.json>] [--token <token>] [--json]';

export function parseHisArgs(
  argv: string[],
  env: Record<string, string | undefined>,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): HisVerifyArgs {
  const values: Record<string, string> = {};
  let url = '';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a.startsWith('--') && i + 1 < argv.length) values[a.slice(2)] = argv[++i];
    else if (!a.startsWith('--') && !url) url = a;
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  const known = ['patient-id', 'name', 'id-type', 'id-number', 'sex', 'birth', 'since', 'report-id', 'visit', 'token'];
  const unknown = Object.keys(values).find((k) => !known.includes(k));
  if (unknown) throw new Error(`unknown option --${unknown}\n${USAGE}`);
  if (!/^https?:\/\//.test(url)) throw new Error(`name the HIS address (http:// or https://)\n${USAGE}`);
  if (!values['patient-id'] || !values.name || !values['id-number'])
    throw new Error(`name a test patient the HIS knows: --patient-id, --name and --id-number\n${USAGE}`);
  const idType = values['id-type'] ?? IdType.resident_id;
  if (!isIdType(idType)) throw new Error(`--id-type is one of ${Object.values(IdType).join(', ')}`);
  const problem = documentProblem(idType, values['id-number']);
  if (problem) throw new Error(`--id-number: ${problem}`);
  const sex = values.sex ?? '';
  if (sex !== '' && sex !== 'male' && sex !== 'female') throw new Error('--sex is male or female');
  const birthDate = values.birth ?? '';
  if (birthDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) throw new Error('--birth is YYYY-MM-DD');
  const since = Number(values.since ?? '0');
  if (!Number.isInteger(since) || since < 0) throw new Error('--since is epoch milliseconds');
  const patient: HisPatient = { patientId: values['patient-id'], name: values.name, sex, birthDate, idType, idNumber: values['id-number'] };
  const options: VerifyOptions = { patient, since };
  if (values['report-id']) options.reportId = values['report-id'];
  if (values.visit) options.visit = JSON.parse(readFile(values.visit)) as VisitSummary;
  return { url, token: values.token ?? env.PEIZHEN_HIS_TOKEN ?? '', json, options };
}

const isIdType = (value: string): value is IdType => (Object.values(IdType) as string[]).includes(value);

export function verdictLines(verdict: Verdict): string[] {
  const lines = verdict.checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.name} — ${c.detail} (${c.ms} ms)`);
  const failed = verdict.checks.filter((c) => !c.ok).length;
  lines.push(verdict.ok ? 'PASS: the HIS answers every query as the contract says' : `FAIL: ${failed} of ${verdict.checks.length} checks failed`);
  return lines;
}

export async function runHisVerify(argv: string[], env: Record<string, string | undefined>): Promise<{ verdict: Verdict; output: string }> {
  const args = parseHisArgs(argv, env);
  const verdict = await verifyHis(new HttpHis(args.url, args.token), new HttpHis(args.url, `${args.token}-peizhen-verify-wrong`), args.options);
  return { verdict, output: args.json ? JSON.stringify(verdict, null, 2) : verdictLines(verdict).join('\n') };
}
