import type { FieldCondition, Where } from '../../ports';
import type { QueryCommand, SdkCommand, SdkScalar, SdkWhere } from './sdk-types';

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Field names come from code, never from input; a `$` or odd character is a programming error. */
export function checkField(field: string): string {
  if (!FIELD.test(field)) throw new Error(`invalid field name: ${field}`);
  return field;
}

function toCondition(field: string, condition: FieldCondition, _: SdkCommand): SdkScalar | QueryCommand {
  if (typeof condition !== 'object' || condition === null) return condition;
  if ('in' in condition) return _.in(condition.in);
  if ('neq' in condition) return _.neq(condition.neq);
  const parts: QueryCommand[] = [];
  if (condition.gt !== undefined) parts.push(_.gt(condition.gt));
  if (condition.gte !== undefined) parts.push(_.gte(condition.gte));
  if (condition.lt !== undefined) parts.push(_.lt(condition.lt));
  if (condition.lte !== undefined) parts.push(_.lte(condition.lte));
  const [first, ...rest] = parts;
  if (!first) throw new Error(`empty condition on ${field}`);
  // e.g. { gte: 10, lt: 20 } → _.gte(10).and(_.lt(20))
  return rest.length === 0 ? first : first.and(...rest);
}

/**
 * Our Where as a cloud `where` argument. Dotted keys stay dotted: the cloud database reads them as
 * paths into object fields. A plain value is equality (null also matches a missing field).
 */
export function toSdkWhere(where: Where, _: SdkCommand): SdkWhere {
  const result: SdkWhere = {};
  for (const [field, condition] of Object.entries(where)) {
    result[checkField(field)] = toCondition(field, condition, _);
  }
  return result;
}
