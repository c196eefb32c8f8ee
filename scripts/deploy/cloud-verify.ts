/** `npm run cloud:verify -- --env <envId>`: prints each check (scripts/deploy/verify.ts) and the verdict; exits 1 on a failure. */
import { join } from 'node:path';
import { parseArgs } from './args';
import { connect } from './connect';
import { deployPlan } from './plan';
import { verifyEnvironment } from './verify';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const verdict = await verifyEnvironment(connect(args.envId, process.env), deployPlan(join(__dirname, '..', '..')), args.envId);
  if (args.json) console.log(JSON.stringify(verdict, null, 2));
  else for (const c of verdict.checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
  console.log(verdict.ok ? `PASS: ${args.envId} is ready` : `FAIL: ${verdict.checks.filter((c) => !c.ok).length} of ${verdict.checks.length} checks failed`);
  if (!verdict.ok) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
