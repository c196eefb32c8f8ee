/** `npm start`: the local emulator with demo data on 127.0.0.1. */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createLocalPorts } from '../adapters/local/ports';
import { MovableClock } from '../adapters/movable-clock';
import { jsonLogger, silentLogger, systemClock } from '../adapters/system';
import { functions } from '../functions';
import { readConfig } from './config';
import { seedIfEmpty } from './seed';
import { createEmulator } from './server';
import { startTimers } from './timers';
import { demoIdentities } from './seed/content';
// Browser preview of the mini program: serves preview/dist at /preview/.
import { previewRoute } from '../../preview/serve';
// The automator endpoint (development only): drives that preview in headless Chromium.
import { AUTOMATOR_PATH, attachAutomator } from '../../preview/automator/endpoint';

const root = join(__dirname, '..', '..');
const config = readConfig(process.env, root);
if (config.dbFile !== ':memory:') mkdirSync(dirname(config.dbFile), { recursive: true });
mkdirSync(config.filesDir, { recursive: true });

const baseUrl = `http://${config.host}:${config.port}`;
const clock = new MovableClock(systemClock);
const ports = createLocalPorts({
  clock,
  dbFile: config.dbFile,
  filesDir: config.filesDir,
  fileSecret: config.fileSecret,
  baseUrl,
  adminOpenids: config.adminOpenids,
  rateLimits: config.rateLimits,
  logger: config.log ? jsonLogger : silentLogger,
});

async function main(): Promise<void> {
  const seeded = await seedIfEmpty(ports.db, ports.clock.now());
  const server = createEmulator({
    functions,
    ports,
    fileRoots: [config.filesDir, join(__dirname, 'demo-files')],
    clock,
    extraRoutes: [previewRoute()],
    devEndpoints: config.devEndpoints,
  });
  const automator = config.devEndpoints ? attachAutomator(server, baseUrl) : null;
  const stopTimers = config.timers ? startTimers(join(root, 'cloudfunctions'), functions, ports) : () => undefined;
  server.listen(config.port, config.host, () => {
    console.log(`Peizhen emulator on ${baseUrl}  (store: ${config.dbFile}${seeded ? ', demo data loaded' : ''})`);
    console.log(`Demo identities (x-openid): ${Object.values(demoIdentities).join(', ')}`);
    console.log(`Preview in a browser: ${baseUrl}/preview/`);
    if (automator) console.log(`Automator endpoint (miniprogram-automator connect): ws://${config.host}:${config.port}${AUTOMATOR_PATH}`);
    console.log(
      config.devEndpoints
        ? 'Development endpoints on: /dev/timers, /dev/pay, /dev/outbox, /dev/clock (PEIZHEN_DEV_ENDPOINTS=off turns them off)'
        : 'Development endpoints off',
    );
  });
  const stop = (): void => {
    stopTimers();
    server.close();
    ports.db.close();
    void (automator ? automator.close() : Promise.resolve()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
