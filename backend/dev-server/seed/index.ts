/**
 * Loads the demo region into an empty store (first start) and publishes the booking window from
 * the templates as of `now`; a store with hospitals is left alone. `history` adds the demo
 * patients' past visits with their HIS results (backend/dev-server/seed/history.ts): the emulator
 * has it; tests ask for it where they read that history.
 */
import type { SqliteDb } from '../../adapters/local/sqlite-db';
import { publishHospital } from '../../handlers/schedule/publish';
import { articles, departments, doctors, hospitals, nurseAreas, staff } from './content';
import { historyOf } from './history';
import { navigationMaps } from './navigation';
import { examOrders, patients, resources, templates } from './schedule';
import { consultSettings } from './consult';

export async function seedIfEmpty(db: SqliteDb, now: number, options: { history: boolean } = { history: true }): Promise<boolean> {
  if ((await db.count('hospitals')) > 0) return false;
  const history = options.history ? historyOf(patients, now) : { appointments: [], answers: [] };
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
    db.insertMany('consultSettings', consultSettings);
  })();
  for (const h of hospitals) await publishHospital(db, h, now);
  return true;
}
