/** An HIS for tests that answers visits' orders as given and has no records. */
import type { His, VisitSummary } from '../../backend/ports';

export function hisWith(ordersForVisit: (visit: VisitSummary) => Promise<unknown>): His {
  return {
    ordersForVisit,
    reports: async () => ({ reports: [] }),
    report: async () => ({ reports: [] }),
    prescriptions: async () => ({ prescriptions: [] }),
    visits: async () => ({ visits: [] }),
  };
}
