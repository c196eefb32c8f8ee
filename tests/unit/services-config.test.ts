/** The post-visit functions check user text with WeChat's msgSecCheck in the cloud (backend/handlers/framework/text-check.ts): their config declares it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

it.each(['feedback', 'homecare'])('%s declares security.msgSecCheck', (fn) => {
  const config = JSON.parse(readFileSync(join(__dirname, `../../cloudfunctions/${fn}/config.json`), 'utf8')) as { permissions: { openapi: string[] } };
  expect(config.permissions.openapi).toContain('security.msgSecCheck');
});
