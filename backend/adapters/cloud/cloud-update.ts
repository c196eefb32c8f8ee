import type { Patch } from '../../ports';
import { checkField } from './cloud-where';
import type { SdkCommand } from './sdk-types';

/**
 * A Patch as cloud update data. `set` replaces each named field: a plain object or array given
 * as update data would be merged into the stored object field by the cloud database, so those
 * go through `_.set`, which replaces. Dotted keys reach inside objects, as in our Patch.
 * `inc` becomes `_.inc`, which the database applies atomically.
 */
export function toSdkUpdate(patch: Patch, _: SdkCommand): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch.set ?? {})) {
    if (field === '_id') throw new Error('cannot change _id');
    data[checkField(field)] = typeof value === 'object' && value !== null ? _.set(value) : value;
  }
  for (const [field, by] of Object.entries(patch.inc ?? {})) {
    if (field === '_id') throw new Error('cannot change _id');
    data[checkField(field)] = _.inc(by);
  }
  return data;
}
