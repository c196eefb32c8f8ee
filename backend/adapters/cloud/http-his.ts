/**
 * The hospital information system over HTTP: each hospital's HIS interface differs, so the cloud
 * side posts the finished visit as JSON to PEIZHEN_HIS_URL and takes back `{ orders: HisOrder[] }`
 * (contract in the README). Without a URL the visit produces no orders.
 */
import type { His, HisOrder, VisitSummary } from '../../ports';

export class HttpHis implements His {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async ordersForVisit(visit: VisitSummary): Promise<HisOrder[]> {
    if (!this.url) return [];
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ visit }),
      signal: AbortSignal.timeout(8000),
    });
    if (!res.ok) throw new Error(`HIS answered ${res.status}`);
    const body = (await res.json()) as { orders?: HisOrder[] };
    return Array.isArray(body.orders) ? body.orders : [];
  }
}
