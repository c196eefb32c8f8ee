/**
 * `npm run his:verify -- <url> --patient-id <id> --name <姓名> [--sex male|female] [--birth YYYY-MM-DD]
 *  [--since <epoch ms>] [--report-id <id>] [--visit <visit.json>] [--token <token>] [--json]`:
 * asks a hospital information system's HTTP interface each query of the contract (docs/his-http.md)
 * and checks each answer as the app would (scripts/his-verify/verify.ts). The token defaults to
 * PEIZHEN_HIS_TOKEN. Prints ok/FAIL per query and the verdict; exits 1 when any check fails.
 */
import { runHisVerify } from './cli';

runHisVerify(process.argv.slice(2), process.env)
  .then(({ verdict, output }) => {
    console.log(output);
    if (!verdict.ok) process.exitCode = 1;
  })
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
