/** The local emulator over real HTTP on loopback: routes, status codes, bad requests. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { functions } from '../../backend/functions';
import { createEmulator } from '../../backend/dev-server/server';
import { readConfig } from '../../backend/dev-server/config';
import { request } from 'node:http';
import { startLocalSystem, type LocalSystem } from '../support/local-system';

let server: Server;
let base: string;
let sys: LocalSystem;
let bare: Server;
let bareBase: string;

const listen = async (s: Server): Promise<string> => {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  sys = await startLocalSystem();
  const files = mkdtempSync(join(tmpdir(), 'pz-files-'));
  writeFileSync(join(files, 'hello.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = createEmulator({ functions, ports: sys.ports, fileRoots: [files], devEndpoints: true });
  base = await listen(server);
  bare = createEmulator({ functions, ports: sys.ports, fileRoots: [files] });
  bareBase = await listen(bare);
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => bare.close(() => resolve()));
});

/** A request with the path exactly as given (fetch would normalise it). */
function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

function post(path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(base + path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

describe('emulator', () => {
  it('POST /fn/content listHospitals answers 200 with the envelope', async () => {
    const res = await post('/fn/content', JSON.stringify({ action: 'listHospitals' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; data: { hospitals: Array<{ id: string; name: string; level: string }> } };
    expect(body.ok).toBe(true);
    expect(body.data.hospitals[0]).toEqual(expect.objectContaining({ id: 'h-zzcentral', level: 'grade3a' }));
  });

  it('the caller is the x-openid header', async () => {
    const res = await post('/fn/staff', JSON.stringify({ action: 'me' }), { 'x-openid': 'demo-editor-zz' });
    const body = (await res.json()) as { data: { openid: string; hospitals: unknown[] } };
    expect(body.data.openid).toBe('demo-editor-zz');
    expect(body.data.hospitals).toHaveLength(1);
    expect((await post('/fn/staff', JSON.stringify({ action: 'me' }))).status).toBe(401);
  });

  it('answers bad requests with 4xx and a Chinese message, never 500', async () => {
    const cases: Array<[string, string, Record<string, string>, number, string]> = [
      ['/fn/content', '{not json', {}, 400, 'VALIDATION_FAILED'],
      ['/fn/content', '"just a string"', {}, 400, 'VALIDATION_FAILED'],
      ['/fn/content', '[1,2]', {}, 400, 'VALIDATION_FAILED'],
      ['/fn/content', JSON.stringify({ action: 'nope' }), {}, 400, 'VALIDATION_FAILED'],
      ['/fn/content', JSON.stringify({ action: 'getHospital', hospitalId: 'x'.repeat(10_000) }), {}, 400, 'VALIDATION_FAILED'],
      ['/fn/content', JSON.stringify({ action: 'getHospital', hospitalId: 'h-none' }), {}, 404, 'NOT_FOUND'],
      ['/fn/nofunction', JSON.stringify({ action: 'x' }), {}, 404, 'NOT_FOUND'],
      ['/fn/content', JSON.stringify({ action: 'createArticle' }), { 'x-openid': 'demo-patient' }, 400, 'VALIDATION_FAILED'],
      ['/fn/content', JSON.stringify({ action: 'listHospitals' }), { 'x-openid': 'bad openid!' }, 401, 'UNAUTHENTICATED'],
      ['/fn/content', JSON.stringify({ action: 'listHospitals', pad: 'x'.repeat(1_100_000) }), {}, 400, 'VALIDATION_FAILED'],
    ];
    for (const [path, body, headers, status, code] of cases) {
      const res = await post(path, body, headers);
      expect({ path, body: body.slice(0, 40), status: res.status }).toEqual({ path, body: body.slice(0, 40), status });
      const json = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(json.error.code).toBe(code);
      expect(json.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('GET on a function, unknown paths and timers of functions without one answer 4xx', async () => {
    expect((await fetch(`${base}/fn/content`)).status).toBe(400);
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
    expect((await post('/dev/timers/content', '')).status).toBe(404);
  });

  it('serves files, and never outside the files folder', async () => {
    const ok = await fetch(`${base}/files/hello.svg`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/svg+xml');
    expect((await fetch(`${base}/files/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${base}/files/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });

  it('GET /dev/outbox lists messages', async () => {
    await sys.ports.notifier.notify({
      openid: 'demo-patient',
      hospitalId: 'h-zzcentral',
      kind: 'test',
      key: 'k-1',
      page: 'pages/home/index',
      data: { thing1: '测试' },
    });
    const res = await fetch(`${base}/dev/outbox`);
    const body = (await res.json()) as { data: { messages: Array<{ key: string }> } };
    expect(body.data.messages.map((m) => m.key)).toContain('k-1');
  });

  it('answers preview pages on another local port with CORS headers, and no one else', async () => {
    const local = await fetch(`${base}/health`, { headers: { origin: 'http://127.0.0.1:5173' } });
    expect(local.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    const other = await fetch(`${base}/health`, { headers: { origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers malformed addresses with 400 or 404, never 500', async () => {
    for (const path of ['/files/%E0%A4%A', '/files/%', '/preview/%E0%A4%A', '/fn/%zz', '/dev/outbox%', '//a:b/', '/files/%00', '/%C0%AF']) {
      const status = await rawGet(path);
      expect({ path, status }).toEqual({ path, status: expect.any(Number) });
      expect([400, 404]).toContain(status);
    }
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});

describe('development endpoints', () => {
  it('are off unless the emulator is created with them', async () => {
    expect((await fetch(`${bareBase}/dev/outbox`)).status).toBe(404);
    expect((await fetch(`${bareBase}/dev/timers/booking`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${bareBase}/dev/pay/abc`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${bareBase}/health`)).status).toBe(200);
  });

  it('are on in development mode (the default of npm start), off with PEIZHEN_DEV_ENDPOINTS=off or in production mode', () => {
    expect(readConfig({}, '/r').devEndpoints).toBe(true);
    expect(readConfig({ PEIZHEN_MODE: 'development' }, '/r').devEndpoints).toBe(true);
    expect(readConfig({ PEIZHEN_DEV_ENDPOINTS: 'off' }, '/r').devEndpoints).toBe(false);
    expect(readConfig({ PEIZHEN_MODE: 'production' }, '/r').devEndpoints).toBe(false);
    expect(readConfig({ PEIZHEN_MODE: 'production', PEIZHEN_DEV_ENDPOINTS: 'on' }, '/r').devEndpoints).toBe(false);
    expect(() => readConfig({ PEIZHEN_MODE: 'prod' }, '/r')).toThrow(/PEIZHEN_MODE/);
  });
});
