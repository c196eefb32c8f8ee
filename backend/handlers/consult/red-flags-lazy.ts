/**
 * The triage engine behind red-flag marking (backend/domain/online/consult-red-flags.ts) is
 * required on first use only: `npm run build` bundles it into `consult-red-flags.js` beside the
 * `consult` function's index.js (scripts/build.ts), so the function loads without it and only a
 * question or a follow-up pays for it.
 */
export function redFlagEngine(): typeof import('../../domain/online/consult-red-flags') {
  return require('../../domain/online/consult-red-flags');
}
