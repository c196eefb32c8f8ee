/** The emulator's movable clock: `/dev/clock` moves every handler's and timer's `now`, and resets. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalPorts } from '../../backend/adapters/local/ports';
import { MovableClock } from '../../backend/adapters/movable-clock';
import { silentLogger, systemClock } from '../../backend/adapters/system';
import { seedIfEmpty } from '../../backend/dev-server/seed';
import { createEmulator } from '../../backend/dev-server/server';
import { functions } from '../../backend/functions';

let server: Server;
let base: string;
const clock = new MovableClock(systemClock);

beforeAll(async () => {
  const ports = createLocalPorts({ dbFile: ':memory:', filesDir: '/tmp/peizhen-test-files', baseUrl: 'http://127.0.0.1:0', clock, logger: silentLogger });
  await seedIfEmpty(ports.db, clock.now());
  server = createEmulator({ functions, ports, fileRoots: [], clock, devEndpoints: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (path: string, body: unknown, openid?: string) =>
  fetch(base + path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
  });

describe('/dev/clock', () => {
  it('moves the clock every handler reads, keeps it running, and resets to real time', async () => {
    const moved = await (await post('/dev/clock', { at: '2026-12-08T08:40:00+08:00' })).json();
    expect(moved).toMatchObject({ ok: true, data: { iso: expect.stringMatching(/^2026-12-08T00:40:0/), moved: true } });
    const now = await (await fetch(`${base}/dev/clock`)).json();
    expect(now.data.now).toBeGreaterThanOrEqual(Date.parse('2026-12-08T08:40:00+08:00'));
    expect(now.data.now).toBeLessThan(Date.parse('2026-12-08T08:41:00+08:00'));
    const sessions = await (await post('/fn/queue', { action: 'mySessions', hospitalId: 'h-zzcentral', as: 'nurse' }, 'demo-nurse-zz')).json();
    expect(sessions).toMatchObject({ ok: true, data: { date: '2026-12-08' } });
    const reset = await (await post('/dev/clock', { reset: true })).json();
    expect(reset.data.moved).toBe(false);
    expect(Math.abs(reset.data.now - Date.now())).toBeLessThan(5_000);
  });

  it('refuses a time without a zone or a body it cannot read', async () => {
    for (const body of [{ at: '2026-12-08 08:40' }, { at: 'tomorrow' }, { reset: false }, {}]) {
      const res = await post('/dev/clock', body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    }
  });

  it('timers run at the moved time', async () => {
    await post('/dev/clock', { at: '2026-12-08T08:40:00+08:00' });
    const res = await (await post('/dev/timers/booking', {})).json();
    expect(res.ok).toBe(true);
    expect(clock.now()).toBeGreaterThanOrEqual(Date.parse('2026-12-08T08:40:00+08:00'));
    clock.reset();
  });
});
