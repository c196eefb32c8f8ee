/** A fake of the management SDK (scripts/deploy/manager.ts) that records each call and answers from `existing`. */
import type { Manager } from '../../scripts/deploy/manager';

type Call = [string, ...unknown[]];

export function recordingManager(existing: { functions: string[]; indexes: string[]; rules?: Record<string, string>; selftest?: string }): {
  manager: Manager;
  calls: Call[];
} {
  const calls: Call[] = [];
  const rec =
    <T>(name: string, answer: (...args: unknown[]) => T) =>
    async (...args: unknown[]): Promise<T> => {
      calls.push([name, ...args]);
      return answer(...args);
    };
  const manager: Manager = {
    functions: {
      getFunctionDetail: rec('getFunctionDetail', (name) => {
        if (!existing.functions.includes(String(name))) throw new Error('ResourceNotFound.Function');
        return {};
      }),
      createFunction: rec('createFunction', () => ({})),
      updateFunctionCode: rec('updateFunctionCode', () => ({})),
      updateFunctionConfig: rec('updateFunctionConfig', () => ({})),
      deleteFunctionTrigger: rec('deleteFunctionTrigger', () => ({})),
      createFunctionTriggers: rec('createFunctionTriggers', () => ({})),
      invokeFunction: rec('invokeFunction', () => ({ RetMsg: existing.selftest ?? '{}' })),
    },
    database: {
      createCollectionIfNotExists: rec('createCollectionIfNotExists', () => ({})),
      checkIndexExists: rec('checkIndexExists', (collection, index) => ({ Exists: existing.indexes.includes(`${collection}.${index}`) })),
      updateCollection: rec('updateCollection', () => ({})),
    },
    storage: { setStorageAcl: rec('setStorageAcl', () => ({})) },
    commonService: () => ({
      call: rec('commonService.call', (o) => {
        const { Action, Param } = o as { Action: string; Param: { CollectionName: string } };
        return Action === 'DescribeSafeRule' ? { Rule: existing.rules?.[Param.CollectionName] ?? '{"read":true,"write":false}' } : {};
      }),
    }),
  };
  return { manager, calls };
}
