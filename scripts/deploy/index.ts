/**
 * `npm run deploy -- --dry-run [--json]` prints the plan (no network); `npm run deploy -- --env <envId>`
 * builds the bundles and applies the plan with the management SDK.
 */
import { join } from 'node:path';
import { applyPlan } from './apply';
import { parseArgs } from './args';
import { connect } from './connect';
import { deployPlan, type DeployPlan } from './plan';

const root = join(__dirname, '..', '..');

export function planSummary(plan: DeployPlan): string[] {
  return [
    ...plan.functions.map(
      (f) =>
        `function ${f.name}: ${f.runtime}, ${f.timeout} s, ${f.memory} MB; timers ${f.triggers.map((t) => `${t.name} (${t.config})`).join(', ') || '—'}; variables ${f.envVariables.join(', ') || '—'}`,
    ),
    ...plan.collections.map(
      (c) =>
        `collection ${c.name}: ${c.indexes.map((i) => `${i.name}${i.unique ? ' (unique)' : ''}`).join(', ') || 'no indexes'}; rule ${JSON.stringify(c.rule)}`,
    ),
    `storage rule ${JSON.stringify(plan.storageRule)}`,
  ];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const plan = deployPlan(root);
  if (args.dryRun) {
    console.log(args.json ? JSON.stringify(plan, null, 2) : planSummary(plan).join('\n'));
    return;
  }
  // Loaded only to apply: packing the mini program's npm (scripts/build.ts) prints on load.
  const { bundleFunctions, writeDatabaseFiles } = await import('../build');
  await bundleFunctions();
  writeDatabaseFiles();
  const manager = connect(args.envId, process.env);
  const unset = await applyPlan(manager, plan, {
    envId: args.envId,
    functionRootPath: join(root, 'cloudfunctions'),
    env: process.env,
    report: (line) => console.log(line),
  });
  if (unset.length > 0) console.log(`not set (no value on this machine): ${unset.join(', ')}`);
  console.log(`deployed to ${args.envId}; next: npm run cloud:verify -- --env ${args.envId}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
