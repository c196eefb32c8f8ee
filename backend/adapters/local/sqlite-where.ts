import type { FieldCondition, Query, Scalar, Where } from '../../ports';
import { MAX_PAGE } from '../../ports';

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export type SqlParam = string | number | null;

/** The SQL expression for a document field; `_id` is the table's key column. */
export function fieldExpr(field: string): string {
  if (!FIELD.test(field)) throw new Error(`invalid field name: ${field}`);
  return field === '_id' ? '_id' : `json_extract(doc, '$.${field}')`;
}

/** SQLite's JSON functions read true/false as 1/0, so parameters are bound the same way. */
export function toParam(value: Scalar): SqlParam {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function isOperator(c: FieldCondition): c is Exclude<FieldCondition, Scalar> {
  return typeof c === 'object' && c !== null;
}

function conditionSql(field: string, condition: FieldCondition, params: SqlParam[]): string {
  const expr = fieldExpr(field);
  if (!isOperator(condition)) {
    if (condition === null) return `${expr} IS NULL`;
    params.push(toParam(condition));
    return `${expr} = ?`;
  }
  if ('in' in condition) {
    // As equality does, a null in the list also matches a missing field (SQL's IN never matches NULL).
    const values = condition.in.filter((v) => v !== null);
    const alternatives: string[] = [];
    if (values.length > 0) {
      params.push(...values.map(toParam));
      alternatives.push(`${expr} IN (${values.map(() => '?').join(', ')})`);
    }
    if (values.length < condition.in.length) alternatives.push(`${expr} IS NULL`);
    return alternatives.length === 0 ? '0' : `(${alternatives.join(' OR ')})`;
  }
  if ('neq' in condition) {
    params.push(toParam(condition.neq));
    return `${expr} IS NOT ?`;
  }
  const parts: string[] = [];
  // As in the cloud database, a bound compares only with values of its own type. SQLite orders
  // every number below every string, so a number range is closed above by `< ''` and a string
  // range below by `>= ''`: conditions on the same indexed expression, so an index still serves
  // them (a json_type() test would parse every candidate document). Booleans read as 1/0.
  const sameType = new Set<string>();
  const ops = [
    ['gt', '>'],
    ['gte', '>='],
    ['lt', '<'],
    ['lte', '<='],
  ] as const;
  for (const [key, op] of ops) {
    const v = condition[key];
    if (v !== undefined) {
      params.push(v);
      parts.push(`${expr} ${op} ?`);
      sameType.add(typeof v === 'number' ? `${expr} < ''` : `${expr} >= ''`);
    }
  }
  if (parts.length === 0) throw new Error(`empty condition on ${field}`);
  return [...parts, ...sameType].join(' AND ');
}

export function whereSql(where: Where | undefined, params: SqlParam[]): string {
  const keys = Object.keys(where ?? {});
  if (!where || keys.length === 0) return '';
  return ' WHERE ' + keys.map((k) => conditionSql(k, where[k], params)).join(' AND ');
}

export function querySql(table: string, query: Query, params: SqlParam[]): string {
  let sql = `SELECT doc FROM "${table}"` + whereSql(query.where, params);
  if (query.orderBy && query.orderBy.length > 0) {
    sql += ' ORDER BY ' + query.orderBy.map(([f, d]) => `${fieldExpr(f)} ${d === 'desc' ? 'DESC' : 'ASC'}`).join(', ');
  }
  const limit = Math.min(query.limit ?? MAX_PAGE, MAX_PAGE);
  sql += ` LIMIT ${Math.max(0, Math.floor(limit))} OFFSET ${Math.max(0, Math.floor(query.skip ?? 0))}`;
  return sql;
}
