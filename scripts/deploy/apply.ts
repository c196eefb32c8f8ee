/**
 * Applies a deploy plan (scripts/deploy/plan.ts) to a CloudBase environment through the management
 * SDK: each function's code and settings and its timer triggers, each collection with its indexes
 * and security rule, and the storage rule. Environment variable values are read here, from the
 * deploying machine's environment, never from the repository.
 */
import type { FunctionSettings, IndexToCreate, Manager } from './manager';
import type { CollectionPlan, DeployPlan, FunctionPlan, IndexPlan } from './plan';

/** Values for a function's variables: set ones from `env`; PEIZHEN_CLOUD_ENV defaults to the target environment. */
export function envValues(fn: FunctionPlan, env: Record<string, string | undefined>, envId: string): { values: Record<string, string>; missing: string[] } {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of fn.envVariables) {
    const value = env[name] ?? (name === 'PEIZHEN_CLOUD_ENV' ? envId : undefined);
    if (value === undefined || value === '') missing.push(name);
    else values[name] = value;
  }
  return { values, missing };
}

export function functionSettings(fn: FunctionPlan, envVariables: Record<string, string>): FunctionSettings {
  return {
    name: fn.name,
    runtime: fn.runtime,
    timeout: fn.timeout,
    memorySize: fn.memory,
    envVariables,
    installDependency: true,
    ignore: ['index.ts', 'node_modules'],
  };
}

export function indexToCreate(index: IndexPlan): IndexToCreate {
  return {
    IndexName: index.name,
    MgoKeySchema: { MgoIsUnique: index.unique, MgoIndexKeys: index.keys.map((k) => ({ Name: k.name, Direction: k.direction })) },
  };
}

async function exists(load: () => Promise<unknown>): Promise<boolean> {
  try {
    await load();
    return true;
  } catch {
    return false;
  }
}

export type Report = (line: string) => void;

async function deployFunction(manager: Manager, fn: FunctionPlan, settings: FunctionSettings, functionRootPath: string, report: Report): Promise<void> {
  if (!(await exists(() => manager.functions.getFunctionDetail(fn.name)))) {
    await manager.functions.createFunction({ func: { ...settings, triggers: fn.triggers }, functionRootPath, force: true });
    report(`function ${fn.name}: created (${fn.runtime}, ${fn.timeout} s, ${fn.memory} MB, ${fn.triggers.length} timer(s))`);
    return;
  }
  await manager.functions.updateFunctionCode({ func: settings, functionRootPath });
  await manager.functions.updateFunctionConfig(settings);
  for (const t of fn.triggers) await exists(() => manager.functions.deleteFunctionTrigger(fn.name, t.name));
  if (fn.triggers.length > 0) await manager.functions.createFunctionTriggers(fn.name, fn.triggers);
  report(`function ${fn.name}: updated (${fn.runtime}, ${fn.timeout} s, ${fn.memory} MB, ${fn.triggers.length} timer(s))`);
}

async function deployCollection(manager: Manager, envId: string, collection: CollectionPlan, report: Report): Promise<void> {
  await manager.database.createCollectionIfNotExists(collection.name);
  const missing: IndexPlan[] = [];
  for (const index of collection.indexes) if (!(await manager.database.checkIndexExists(collection.name, index.name)).Exists) missing.push(index);
  if (missing.length > 0) await manager.database.updateCollection(collection.name, { CreateIndexes: missing.map(indexToCreate) });
  await manager.commonService('tcb', '2018-06-08').call({
    Action: 'ModifySafeRule',
    Param: { EnvId: envId, CollectionName: collection.name, AclTag: 'CUSTOM', Rule: JSON.stringify(collection.rule) },
  });
  report(`collection ${collection.name}: ${collection.indexes.length} index(es), ${missing.length} created; rule ${JSON.stringify(collection.rule)}`);
}

/** Applies the plan; answers the names of variables that had no value (left unset in the cloud). */
export async function applyPlan(
  manager: Manager,
  plan: DeployPlan,
  options: { envId: string; functionRootPath: string; env: Record<string, string | undefined>; report: Report },
): Promise<string[]> {
  const unset = new Set<string>();
  for (const fn of plan.functions) {
    const { values, missing } = envValues(fn, options.env, options.envId);
    missing.forEach((m) => unset.add(m));
    await deployFunction(manager, fn, functionSettings(fn, values), options.functionRootPath, options.report);
  }
  for (const collection of plan.collections) await deployCollection(manager, options.envId, collection, options.report);
  await manager.storage.setStorageAcl('CUSTOM', plan.storageRule);
  options.report(`storage rule ${JSON.stringify(plan.storageRule)}`);
  return [...unset].sort();
}
