/**
 * The hospital information system over HTTP: each hospital's HIS interface differs, so the cloud
 * side posts the finished visit as JSON to PEIZHEN_HIS_URL and takes back `{ orders: HisOrder[] }`
 * (contract in the README). The body is answered as it came — parsed JSON, or the text when it is
 * not JSON — for backend/domain/his/answer.ts to check. Without a URL the visit produces no orders.
 */
import type { His, VisitSummary } from '../../ports';

export class HttpHis implements His {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async ordersForVisit(visit: VisitSummary): Promise<unknown> {
    if (!this.url) return { orders: [] };
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ visit }),
      signal: AbortSignal.timeout(8000),
    });
    if (!res.ok) throw new Error(`HIS answered ${res.status}`);
    const text = await res.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
}
