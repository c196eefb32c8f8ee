/**
 * Loads the demo region into an empty store (first start) and publishes the booking window from
 * the templates as of `now`; a store with hospitals is left alone.
 */
import type { SqliteDb } from '../../adapters/local/sqlite-db';
import { publishHospital } from '../../handlers/schedule/publish';
import { articles, departments, doctors, hospitals, nurseAreas, staff } from './content';
import { historyOf } from './history';
import { navigationMaps } from './navigation';
import { examOrders, patients, resources, templates } from './schedule';

export async function seedIfEmpty(db: SqliteDb, now: number): Promise<boolean> {
  if ((await db.count('hospitals')) > 0) return false;
  const history = historyOf(patients, now);
  db.sqlite.transaction(() => {
    db.insertMany('hospitals', hospitals);
    db.insertMany('departments', departments);
    db.insertMany('doctors', doctors);
    db.insertMany('articles', articles);
    db.insertMany('staff', staff);
    db.insertMany('nurseAreas', nurseAreas);
    db.insertMany('resources', resources);
    db.insertMany('scheduleTemplates', templates);
    db.insertMany('patients', patients);
    db.insertMany('examOrders', examOrders);
    db.insertMany('navigation', navigationMaps);
    db.insertMany('appointments', history.appointments);
    db.insertMany('hisAnswers', history.answers);
  })();
  for (const h of hospitals) await publishHospital(db, h, now);
  return true;
}
