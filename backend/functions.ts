import type { FunctionDef } from './handlers/framework/define';
import { contentFunction } from './handlers/content';
import { staffFunction } from './handlers/staff';

/** Every cloud function, by name. Each has a folder in cloudfunctions/ with the same name. */
export const functions: Record<string, FunctionDef> = {
  content: contentFunction,
  staff: staffFunction,
};
