import { SqliteDb } from '../../../backend/adapters/local/sqlite-db';
import { collections } from '../../../backend/collections';
import { runDbConformance } from './conformance';

const opened: SqliteDb[] = [];

afterAll(() => {
  opened.forEach((db) => db.close());
});

runDbConformance('SqliteDb (:memory:)', async () => {
  const db = new SqliteDb(':memory:', collections);
  opened.push(db);
  return db;
});
