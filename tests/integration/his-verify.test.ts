/**
 * `npm run his:verify`: an operator's check of a real HIS endpoint, run here against a local HTTP
 * HIS that serves the demo HIS's answers (a contract-abiding HIS) and against the same server broken
 * in the ways a real one may be: each check names the query, the entry and the field at fault.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hisAnswerSchema } from '../../backend/domain/his/answer';
import type { His, VisitSummary } from '../../backend/ports';
import { parseHisArgs, runHisVerify } from '../../scripts/his-verify/cli';
import { checkList, UNKNOWN_REPORT_ID } from '../../scripts/his-verify/verify';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { ZHANG } from '../support/records-fixtures';

const TOKEN = 'his-test-token';
/** 张建国's document (backend/dev-server/seed/schedule.ts): the HIS finds its own patient by it. */
const ZHANG_ID = '410105196803151031';
const ZHANG_PATIENT = { patientId: ZHANG, name: '张建国', sex: 'male', birthDate: '1968-03-15', idType: 'resident_id', idNumber: ZHANG_ID } as const;
type Body = Record<string, unknown>;
/** Changes the demo HIS's answer (or replaces it with a status and a text) before it is sent. */
type Breaker = (asked: Body, answer: unknown) => { status?: number; text?: string; answer?: unknown } | null;

let sys: LocalSystem;
let server: Server;
let url: string;
let asked: Array<{ body: Body; authorization: string }>;
let breaker: Breaker;
let acceptAnyToken: boolean;

async function answerOf(his: His, body: Body): Promise<unknown> {
  const patient = body.patient as Parameters<His['reports']>[0];
  if (body.visit) return his.ordersForVisit(body.visit as VisitSummary);
  if (body.query === 'reports') return his.reports(patient, Number(body.since));
  if (body.query === 'report') return his.report(String(body.id), patient);
  if (body.query === 'prescriptions') return his.prescriptions(patient, Number(body.since));
  if (body.query === 'visits') return his.visits(patient, Number(body.since));
  return null;
}

beforeAll(async () => {
  sys = await startLocalSystem({ history: true });
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      void (async () => {
        const body = JSON.parse(text) as Body;
        const authorization = req.headers.authorization ?? '';
        asked.push({ body, authorization });
        if (authorization !== `Bearer ${TOKEN}` && !acceptAnyToken) return res.writeHead(401).end('unauthorized');
        const answer = await answerOf(sys.ports.his, body);
        const broken = breaker(body, answer);
        if (broken && broken.status) return res.writeHead(broken.status).end(broken.text ?? '');
        if (broken && broken.text !== undefined) return res.writeHead(200, { 'content-type': 'text/html' }).end(broken.text);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(broken ? broken.answer : answer));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/his`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  asked = [];
  breaker = () => null;
  acceptAnyToken = false;
});

const visitFile = (): string => {
  const visit: VisitSummary = {
    appointmentId: 'appt-verify-1',
    hospitalId: 'h-zzcentral',
    departmentId: 'd-zz-endo',
    departmentName: '内分泌科',
    doctorName: '李医生',
    patientName: '张建国',
    patientAge: 58,
    patient: ZHANG_PATIENT,
    diagnosis: '2型糖尿病',
  };
  const path = join(tmpdir(), `his-verify-visit-${process.pid}.json`);
  writeFileSync(path, JSON.stringify(visit));
  return path;
};
const argv = (...more: string[]): string[] => [
  url,
  '--patient-id',
  ZHANG,
  '--name',
  '张建国',
  '--id-number',
  ZHANG_ID,
  '--sex',
  'male',
  '--birth',
  '1968-03-15',
  '--token',
  TOKEN,
  ...more,
];

describe('his:verify', () => {
  it('passes an HIS that answers every query as the contract says, asking exactly the documented requests', async () => {
    const { verdict, output } = await runHisVerify(argv('--visit', visitFile()), {});
    expect(verdict.checks.map((c) => [c.name.split(' ')[0], c.ok])).toEqual([
      ['reports', true],
      ['report', true],
      ['report（未知编号）', true],
      ['prescriptions', true],
      ['visits', true],
      ['orders（就诊', true],
      ['错误的令牌', true],
    ]);
    expect(verdict.ok).toBe(true);
    expect(output).toMatch(/^ok {3}reports — \d+ 条，均符合约定 \(\d+ ms\)$/m);
    expect(output).toContain('PASS: the HIS answers every query as the contract says');
    expect(Number(/reports — (\d+) 条/.exec(output)![1])).toBeGreaterThan(30);
    const patient = ZHANG_PATIENT;
    const bodies = asked.map((a) => a.body);
    expect(bodies[0]).toEqual({ query: 'reports', patient, since: 0 });
    expect(bodies[1]).toEqual({ query: 'report', id: expect.any(String), patient });
    expect(bodies[2]).toEqual({ query: 'report', id: UNKNOWN_REPORT_ID, patient });
    expect(bodies[3]).toEqual({ query: 'prescriptions', patient, since: 0 });
    expect(bodies[4]).toEqual({ query: 'visits', patient, since: 0 });
    expect(bodies[5]).toEqual({ visit: expect.objectContaining({ appointmentId: 'appt-verify-1', diagnosis: '2型糖尿病', patient }) });
    expect(asked.slice(0, 6).every((a) => a.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(asked[6].authorization).not.toBe(`Bearer ${TOKEN}`);
    expect(verdict.checks[6].detail).toBe('已拒绝（HIS answered 401）');
  });

  it('fails an HIS that breaks the contract, naming the query, the entry, the field and why', async () => {
    acceptAnyToken = true;
    breaker = (body, answer) => {
      const a = answer as { reports?: Array<Record<string, unknown>>; prescriptions?: Array<Record<string, unknown>> };
      if (body.query === 'reports' && a.reports) {
        const [first, second, ...rest] = a.reports;
        const items = (first.items as Array<Record<string, unknown>>).map((i, n) => (n === 0 ? { ...i, interpretation: 'HH' } : i));
        return { answer: { reports: [{ ...first, items, critical: false }, { ...second, patientId: 'someone-else' }, ...rest] } };
      }
      if (body.query === 'report' && body.id === UNKNOWN_REPORT_ID) return { answer: { reports: [] } };
      if (body.query === 'report') return { answer: { reports: [{ ...(answer as { reports: Body[] }).reports[0], status: 'done' }] } };
      if (body.query === 'prescriptions') return { status: 500, text: 'oops' };
      if (body.query === 'visits') return { text: '<html>维护中</html>' };
      return null;
    };
    const { verdict, output } = await runHisVerify(argv(), {});
    expect(verdict.ok).toBe(false);
    const by = Object.fromEntries(verdict.checks.map((c) => [c.name.split(' ')[0], c]));
    expect(by.reports.ok).toBe(false);
    expect(by.reports.detail).toMatch(/2 条不符合（应用会拒收并记录）/);
    expect(by.reports.detail).toContain('critical：含危急值（HH/LL）的报告未标记危急值');
    expect(by.reports.detail).toContain('patientId someone-else 不是所查询的患者');
    expect(by.report.ok).toBe(false);
    expect(by.report.detail).toMatch(/status：/);
    expect(by.prescriptions).toMatchObject({ ok: false, detail: '请求失败：HIS answered 500' });
    expect(by.visits).toMatchObject({ ok: false, detail: expect.stringContaining('答复不是 JSON：<html>维护中</html>') });
    expect(by['错误的令牌']).toMatchObject({ ok: false, detail: expect.stringContaining('用错误的令牌也答复了') });
    expect(verdict.checks.find((c) => c.name.startsWith('orders'))).toBeUndefined();
    expect(output).toMatch(/^FAIL reports — /m);
    expect(output).toContain(`FAIL: 5 of ${verdict.checks.length} checks failed`);
  });

  it('an unknown report id must answer an empty list; an unreachable HIS fails every query', async () => {
    const first = (await sys.ports.his.reports(ZHANG_PATIENT, 0)) as { reports: Body[] };
    breaker = (body) => (body.query === 'report' && body.id === UNKNOWN_REPORT_ID ? { answer: { reports: [first.reports[0]] } } : null);
    const { verdict } = await runHisVerify(argv(), {});
    expect(verdict.checks.find((c) => c.name === 'report（未知编号）')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('未知的报告编号应答复 { "reports": [] }'),
    });
    const down = await runHisVerify(['http://127.0.0.1:9/his', '--patient-id', ZHANG, '--name', '张建国', '--id-number', ZHANG_ID], {
      PEIZHEN_HIS_TOKEN: TOKEN,
    });
    expect(down.verdict.ok).toBe(false);
    expect(down.verdict.checks.map((c) => c.ok)).toEqual([false, false, false, false, false, false]);
    expect(down.verdict.checks.filter((c) => c.detail.startsWith('请求失败'))).toHaveLength(4);
    expect(down.verdict.checks[5].detail).toMatch(/^未能确认/);
  });

  it('the list check is the app’s: a body without the list, or over 2000 entries, is refused', () => {
    expect(checkList({ items: [] }, 'reports', ZHANG).problems).toEqual(['答复应为 { "reports": [...] }（至多 2000 条）']);
    expect(checkList({ visits: new Array(2001).fill({}) }, 'visits', ZHANG).problems).toHaveLength(1);
    expect(checkList({ prescriptions: [] }, 'prescriptions', ZHANG)).toEqual({ entries: [], problems: [] });
  });

  it('reads its command line: the address, the test patient and their document, the token from the environment, and refuses the rest', () => {
    const P1 = ['--patient-id', 'P1', '--name', '王五', '--id-number', ZHANG_ID];
    expect(parseHisArgs(['https://his.example/peizhen', ...P1, '--since', '1700000000000'], { PEIZHEN_HIS_TOKEN: 'env-token' })).toEqual({
      url: 'https://his.example/peizhen',
      token: 'env-token',
      json: false,
      options: { patient: { patientId: 'P1', name: '王五', sex: '', birthDate: '', idType: 'resident_id', idNumber: ZHANG_ID }, since: 1_700_000_000_000 },
    });
    expect(parseHisArgs(['https://h/', ...P1.slice(0, 4), '--id-type', 'passport', '--id-number', 'E12345678'], {}).options.patient).toMatchObject({
      idType: 'passport',
      idNumber: 'E12345678',
    });
    expect(() => parseHisArgs(['his.example', ...P1], {})).toThrow(/http:\/\/ or https:\/\//);
    expect(() => parseHisArgs(['https://h/', '--name', '王五', '--id-number', ZHANG_ID], {})).toThrow(/--patient-id, --name and --id-number/);
    expect(() => parseHisArgs(['https://h/', '--patient-id', 'P1', '--name', '王五'], {})).toThrow(/--id-number/);
    expect(() => parseHisArgs(['https://h/', ...P1.slice(0, 4), '--id-number', '410105196803151032'], {})).toThrow(/--id-number: 身份证号码不正确/);
    expect(() => parseHisArgs(['https://h/', ...P1, '--id-type', 'card'], {})).toThrow(/--id-type is one of/);
    expect(() => parseHisArgs(['https://h/', ...P1, '--sex', 'x'], {})).toThrow(/male or female/);
    expect(() => parseHisArgs(['https://h/', ...P1, '--colour', 'red'], {})).toThrow(/unknown option --colour/);
  });
});

describe('docs/his-http.md', () => {
  it('each JSON example of the contract is an answer the app takes whole', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'his-http.md'), 'utf8');
    const examples = [...doc.matchAll(/```json (\w+)\n([\s\S]*?)```/g)].map(([, kind, body]) => ({ kind, body: JSON.parse(body) as unknown }));
    expect(examples.map((e) => e.kind)).toEqual(['orders', 'reports', 'prescriptions', 'visits']);
    for (const { kind, body } of examples) {
      if (kind === 'orders') expect(hisAnswerSchema.safeParse(body).success).toBe(true);
      else {
        const checked = checkList(body, kind as 'reports' | 'prescriptions' | 'visits', ZHANG);
        expect(checked.problems).toEqual([]);
        expect(checked.entries.length).toBeGreaterThan(0);
      }
    }
  });
});
