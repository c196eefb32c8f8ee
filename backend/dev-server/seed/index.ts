/** Loads the demo region into an empty store (first start); a store with hospitals is left alone. */
import type { SqliteDb } from '../../adapters/local/sqlite-db';
import { articles, departments, doctors, hospitals, staff } from './content';

export async function seedIfEmpty(db: SqliteDb): Promise<boolean> {
  if ((await db.count('hospitals')) > 0) return false;
  db.sqlite.transaction(() => {
    db.insertMany('hospitals', hospitals);
    db.insertMany('departments', departments);
    db.insertMany('doctors', doctors);
    db.insertMany('articles', articles);
    db.insertMany('staff', staff);
  })();
  return true;
}
