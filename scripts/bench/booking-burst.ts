/**
 * A booking burst through the local emulator over HTTP on loopback: 1,000 patients (distinct
 * openids), 5,000 concurrent attempts at one slot of capacity 30 → exactly 30 booked. Prints the
 * attempts per second, p50 and p99 latency, and the same client's rate against a trivial action
 * (`booking.rules`) in the same run (goal: booking at least half of it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const PORT = 3917;
const agent = new Agent({ keepAlive: true, maxSockets: 128 });

function post(fn: string, openid: string, body: object): Promise<{ status: number; body: { ok: boolean; data?: unknown; error?: { code: string } } }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: PORT,
        path: `/fn/${fn}`,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'x-openid': openid, 'content-length': Buffer.byteLength(text) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

async function startEmulator(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'backend', 'dev-server', 'main.ts')], {
    env: { ...process.env, PORT: String(PORT), PEIZHEN_DB: ':memory:', PEIZHEN_TIMERS: 'off', PEIZHEN_LOG: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('emulator did not start in 30 s')), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Peizhen emulator on')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
}

async function timed(count: number, one: (i: number) => Promise<unknown>): Promise<{ perSecond: number; p50: number; p99: number }> {
  const latencies: number[] = new Array(count);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const t = performance.now();
      await one(i);
      latencies[i] = performance.now() - t;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: count / seconds, p50: latencies[Math.floor(count * 0.5)], p99: latencies[Math.floor(count * 0.99)] };
}

export async function bookingBurstBench(): Promise<string[]> {
  const emulator = await startEmulator();
  try {
    const scheduler = 'demo-scheduler-zz';
    await post('schedule', scheduler, {
      action: 'saveTemplate',
      hospitalId: 'h-zzcentral',
      ownerType: 'doctor',
      ownerId: 'doc-zz-002',
      weekday: 7,
      session: 'evening',
      startTime: '19:00',
      endTime: '19:30',
      slotMinutes: 30,
      capacity: 30,
      onsiteReserve: 0,
      feeFen: 2500,
    });
    await post('schedule', scheduler, { action: 'publish', hospitalId: 'h-zzcentral', ownerId: 'doc-zz-002' });
    const { body } = await post('schedule', scheduler, { action: 'listTemplates', hospitalId: 'h-zzcentral', ownerId: 'doc-zz-002' });
    if (!body.ok) throw new Error('could not set up the burst slot');
    const slots = await post('booking', 'x-bench', { action: 'doctorSchedule', doctorId: 'doc-zz-002' });
    const days = (slots.body.data as { schedule: { days: Array<{ date: string; sessions: Array<{ session: string }> }> } }).schedule.days;
    const sunday = days.find((d) => d.sessions.some((s) => s.session === 'evening'));
    if (!sunday) throw new Error('no evening session in the window');
    const list = await post('booking', 'x-bench', { action: 'listSlots', doctorId: 'doc-zz-002', date: sunday.date });
    const slot = (list.body.data as { slots: Array<{ id: string; session: string; capacity: number }> }).slots.find((s) => s.session === 'evening');
    if (!slot) throw new Error('no burst slot');

    const people: Array<{ openid: string; patientId: string }> = [];
    for (let i = 0; i < 1000; i++) {
      const openid = `burst-${i}`;
      const first17 = `4101051980${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (Math.floor(i / 12) % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
      const res = await post('patients', openid, {
        action: 'add',
        requestId: `burst-add-${i}`,
        name: '压测患者',
        idType: 'passport',
        idNumber: `E${first17.slice(8, 16)}`,
        phone: '13800000000',
        relation: 'self',
      });
      if (!res.body.ok) throw new Error(`could not add patient ${i}: ${JSON.stringify(res.body)}`);
      people.push({ openid, patientId: (res.body.data as { id: string }).id });
    }

    const trivial = await timed(5000, (i) => post('booking', people[i % 1000].openid, { action: 'rules', hospitalId: 'h-zzcentral' }));
    const outcomes = new Map<string, number>();
    const burst = await timed(5000, async (i) => {
      const p = people[i % 1000];
      const res = await post('booking', p.openid, { action: 'book', slotId: slot.id, patientId: p.patientId, requestId: `burst-book-${i}` });
      const key = res.body.ok ? 'booked' : (res.body.error?.code ?? String(res.status));
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    });
    const ratio = burst.perSecond / trivial.perSecond;
    return [
      `slot capacity ${slot.capacity}; 5,000 attempts by 1,000 patients → ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`,
      `booking: ${burst.perSecond.toFixed(0)} attempts/s, p50 ${burst.p50.toFixed(1)} ms, p99 ${burst.p99.toFixed(1)} ms`,
      `trivial action (booking.rules): ${trivial.perSecond.toFixed(0)} requests/s, p50 ${trivial.p50.toFixed(1)} ms, p99 ${trivial.p99.toFixed(1)} ms`,
      `booking rate / trivial rate: ${(ratio * 100).toFixed(0)} %  (goal ≥ 50 %: ${ratio >= 0.5 ? 'OK' : 'UNDER'})`,
      `exactly ${slot.capacity} booked: ${outcomes.get('booked') === slot.capacity ? 'yes' : 'NO'}`,
    ];
  } finally {
    emulator.kill('SIGTERM');
    agent.destroy();
  }
}
