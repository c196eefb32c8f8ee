/** What the `selftest` cloud function answers: each check of the environment's own database, and the verdict. */
export interface CheckResult {
  name: string;
  ok: boolean;
  detail?: string;
}

export interface SelftestReport {
  verdict: 'pass' | 'fail';
  checks: CheckResult[];
  ms: number;
}
