/**
 * The hospital information system over HTTP: each hospital's HIS interface differs, so the cloud
 * side posts JSON to PEIZHEN_HIS_URL and takes back what it answers (the contract: docs/his-http.md):
 * - `{ visit }` → `{ orders: HisOrder[] }` when a doctor completes a visit;
 * - `{ query: 'reports', patient, since }` and `{ query: 'report', id, patient }` → `{ reports: [...] }`;
 * - `{ query: 'prescriptions', patient, since }` → `{ prescriptions: [...] }`;
 * - `{ query: 'visits', patient, since }` → `{ visits: [...] }` (docs/online.md).
 * The body is answered as it came — parsed JSON, or the text when it is not JSON — for the
 * domain's schemas to check. Without a URL there are no orders and no records.
 */
import type { His, HisPatient, VisitSummary } from '../../ports';

export class HttpHis implements His {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  private async post(body: object): Promise<unknown> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
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

  async ordersForVisit(visit: VisitSummary): Promise<unknown> {
    return this.url ? this.post({ visit }) : { orders: [] };
  }

  async reports(patient: HisPatient, since: number): Promise<unknown> {
    return this.url ? this.post({ query: 'reports', patient, since }) : { reports: [] };
  }

  async report(id: string, patient: HisPatient): Promise<unknown> {
    return this.url ? this.post({ query: 'report', id, patient }) : { reports: [] };
  }

  async prescriptions(patient: HisPatient, since: number): Promise<unknown> {
    return this.url ? this.post({ query: 'prescriptions', patient, since }) : { prescriptions: [] };
  }

  async visits(patient: HisPatient, since: number): Promise<unknown> {
    return this.url ? this.post({ query: 'visits', patient, since }) : { visits: [] };
  }
}
