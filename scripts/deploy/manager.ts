/**
 * The part of Tencent's management SDK (`@cloudbase/manager-node`) the deploy and verify scripts
 * use, as an interface: the real `CloudBase` satisfies it (scripts/deploy/connect.ts), and the tests
 * record the calls on a fake (tests/unit/deploy-plan.test.ts).
 */
export interface FunctionSettings {
  name: string;
  runtime: string;
  timeout: number;
  memorySize: number;
  envVariables: Record<string, string>;
  installDependency: boolean;
  ignore: string[];
}

export interface Trigger {
  name: string;
  type: string;
  config: string;
}

export interface IndexToCreate {
  IndexName: string;
  MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: Array<{ Name: string; Direction: string }> };
}

export interface Manager {
  functions: {
    getFunctionDetail(name: string): Promise<unknown>;
    createFunction(param: { func: FunctionSettings & { triggers: Trigger[] }; functionRootPath: string; force: boolean }): Promise<unknown>;
    updateFunctionCode(param: { func: FunctionSettings; functionRootPath: string }): Promise<unknown>;
    updateFunctionConfig(func: FunctionSettings): Promise<unknown>;
    deleteFunctionTrigger(name: string, triggerName: string): Promise<unknown>;
    createFunctionTriggers(name: string, triggers: Trigger[]): Promise<unknown>;
    invokeFunction(name: string, params: Record<string, unknown>): Promise<{ RetMsg: string }>;
  };
  database: {
    createCollectionIfNotExists(name: string): Promise<unknown>;
    checkIndexExists(collection: string, indexName: string): Promise<{ Exists: boolean }>;
    updateCollection(name: string, indexes: { CreateIndexes: IndexToCreate[] }): Promise<unknown>;
  };
  storage: {
    setStorageAcl(acl: 'CUSTOM', rule: { read: boolean; write: boolean }): Promise<unknown>;
  };
  commonService(service?: string, version?: string): { call(options: { Action: string; Param: Record<string, unknown> }): Promise<unknown> };
}
