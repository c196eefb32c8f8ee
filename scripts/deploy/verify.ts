/**
 * `npm run cloud:verify` against a deployed environment: every planned index exists, every
 * collection's security rule is the planned one, and the `selftest` function (invoked through the
 * management API, so without a WeChat user) passes its checks on the real database.
 */
import type { CheckResult } from '../../miniprogram/shared/dto/selftest';
import type { Manager } from './manager';
import type { DeployPlan } from './plan';

export interface Verdict {
  ok: boolean;
  checks: CheckResult[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The selftest function's answer: the envelope in `RetMsg`, its `data.checks` the results. */
export function selftestChecks(retMsg: string): CheckResult[] {
  const envelope = parseJson(retMsg);
  if (!isRecord(envelope)) return [{ name: 'selftest answered', ok: false, detail: retMsg.slice(0, 300) }];
  if (envelope.ok !== true || !isRecord(envelope.data) || !Array.isArray(envelope.data.checks)) {
    return [{ name: 'selftest answered', ok: false, detail: JSON.stringify(envelope.error ?? envelope).slice(0, 300) }];
  }
  return envelope.data.checks.filter(isRecord).map((c) => ({
    name: `selftest: ${String(c.name)}`,
    ok: c.ok === true,
    ...(typeof c.detail === 'string' ? { detail: c.detail } : {}),
  }));
}

function ruleOf(answer: unknown): unknown {
  return isRecord(answer) && typeof answer.Rule === 'string' ? parseJson(answer.Rule) : null;
}

export async function verifyEnvironment(manager: Manager, plan: DeployPlan, envId: string): Promise<Verdict> {
  const checks: CheckResult[] = [];
  const tcb = manager.commonService('tcb', '2018-06-08');
  for (const collection of plan.collections) {
    for (const index of collection.indexes) {
      const { Exists } = await manager.database.checkIndexExists(collection.name, index.name);
      checks.push({ name: `index ${collection.name}.${index.name}`, ok: Exists, ...(Exists ? {} : { detail: 'missing: npm run deploy' }) });
    }
    const rule = ruleOf(await tcb.call({ Action: 'DescribeSafeRule', Param: { EnvId: envId, CollectionName: collection.name } }));
    const ok = JSON.stringify(rule) === JSON.stringify(collection.rule);
    checks.push({ name: `rule ${collection.name}`, ok, ...(ok ? {} : { detail: `found ${JSON.stringify(rule)}` }) });
  }
  const answer = await manager.functions.invokeFunction('selftest', { action: 'run' });
  checks.push(...selftestChecks(answer.RetMsg));
  return { ok: checks.every((c) => c.ok), checks };
}
