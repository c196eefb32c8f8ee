/** Paging through a whole query, whatever the store's page limit. */
import { MAX_PAGE, type Db, type Where } from '../../ports';

/** Reads every matching document, 100 at a time (the cloud database's page limit). */
export async function findAll<T extends { _id: string }>(db: Db, collection: string, where: Where, orderBy: Array<[string, 'asc' | 'desc']>): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const page = await db.find<T>(collection, { where, orderBy, limit: MAX_PAGE, skip: all.length });
    all.push(...page);
    if (page.length < MAX_PAGE) return all;
  }
}
