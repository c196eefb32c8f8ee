#!/usr/bin/env node
/**
 * Validates tests/triage-gold/cases.json against the demo departments of h-zzcentral and prints
 * the counts per kind and per department. `node tests/triage-gold/stats.mjs --write` also rewrites
 * the block between the count markers in README.md. Exits 1 if any check fails.
 * Plain Node (no dependencies); departments.ts is read as text, not imported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const HOSPITAL = 'h-zzcentral';
const MIN = { total: 420, red_flag: 50, non_obvious: 50, negation: 30, noise: 15, perDeptFirst: 6 };
const NON_CLINICAL = new Set(['d-zz-radio', 'd-zz-ultra', 'd-zz-lab']);
const KINDS = ['typical', 'non_obvious', 'red_flag', 'negation', 'noise'];
const NEONATE_MAX_YEARS = 28 / 365;

// ── departments of the hospital, parsed from the seed file ──
const src = readFileSync(join(root, 'backend/dev-server/seed/content/departments.ts'), 'utf8');
const consts = Object.fromEntries([...src.matchAll(/const\s+(\w+)\s*=\s*'([^']+)'/g)].map((m) => [m[1], m[2]]));
const depts = new Map(); // id -> name
for (const m of src.matchAll(/_id:\s*'([^']+)',\s*hospitalId:\s*(\w+|'[^']+'),\s*name:\s*'([^']+)'/g)) {
  const hosp = m[2].startsWith("'") ? m[2].slice(1, -1) : consts[m[2]];
  if (hosp === HOSPITAL) depts.set(m[1], m[3]);
}
if (depts.size === 0) throw new Error('no departments of ' + HOSPITAL + ' found in departments.ts');
const clinical = [...depts.keys()].filter((id) => !NON_CLINICAL.has(id));

// ── cases ──
const cases = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8'));
const errors = [];
const err = (c, msg) => errors.push(`${c?.id ?? '?'}: ${msg}`);
const ids = new Set();
const texts = new Map();
const norm = (t) => t.replace(/[\s，。！？、,.!?~～…]/g, '');
for (const c of cases) {
  if (!/^g\d{3,}$/.test(c.id ?? '')) err(c, 'bad id');
  if (ids.has(c.id)) err(c, 'duplicate id');
  ids.add(c.id);
  if (typeof c.text !== 'string' || !c.text.trim()) err(c, 'empty text');
  else {
    const n = norm(c.text);
    if (texts.has(n)) err(c, 'duplicate text of ' + texts.get(n));
    texts.set(n, c.id);
  }
  if (!KINDS.includes(c.kind)) err(c, 'bad kind ' + c.kind);
  if (typeof c.emergency !== 'boolean') err(c, 'emergency not boolean');
  if ('age' in c && !(typeof c.age === 'number' && c.age >= 0 && c.age <= 120)) err(c, 'bad age');
  if ('sex' in c && !['male', 'female'].includes(c.sex)) err(c, 'bad sex');
  if ('pregnant' in c && (c.pregnant !== true || c.sex !== 'female')) err(c, 'pregnant must be true and female');
  const ex = c.expected;
  if (!Array.isArray(ex) || ex.length < 1 || ex.length > 3) {
    err(c, 'expected must have 1-3 ids');
    continue;
  }
  if (new Set(ex).size !== ex.length) err(c, 'duplicate expected id');
  for (const d of ex) {
    if (!depts.has(d)) err(c, `unknown department ${d} (not in ${HOSPITAL})`);
    if (NON_CLINICAL.has(d)) err(c, `non-clinical department ${d} as expected`);
  }
  if (c.kind === 'red_flag' && !(c.emergency && ex.length === 1 && ex[0] === 'd-zz-emerg')) err(c, 'red_flag must be emergency with expected ["d-zz-emerg"]');
  if (c.emergency && !ex.includes('d-zz-emerg')) err(c, 'emergency case must accept d-zz-emerg');
  if (!c.emergency && ex[0] === 'd-zz-emerg') err(c, 'non-emergency case with emerg first');
  // age / sex modifiers
  if (typeof c.age === 'number' && !c.emergency) {
    if (c.age <= NEONATE_MAX_YEARS && !ex.includes('d-zz-neonat')) err(c, 'neonate without d-zz-neonat');
    if (c.age > NEONATE_MAX_YEARS && c.age < 14 && !ex.includes('d-zz-peds') && !ex.includes('d-zz-checkup')) err(c, 'child under 14 without d-zz-peds');
  }
  if (c.pregnant && !c.emergency && !ex.includes('d-zz-obs')) err(c, 'pregnant, non-emergency, without d-zz-obs');
}

// ── counts ──
const byKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
const first = new Map([...depts.keys()].map((d) => [d, 0]));
const any = new Map([...depts.keys()].map((d) => [d, 0]));
let emergencies = 0;
for (const c of cases) {
  byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  if (c.emergency) emergencies++;
  if (Array.isArray(c.expected)) {
    if (first.has(c.expected[0])) first.set(c.expected[0], first.get(c.expected[0]) + 1);
    for (const d of c.expected) if (any.has(d)) any.set(d, any.get(d) + 1);
  }
}
if (cases.length < MIN.total) errors.push(`total ${cases.length} < ${MIN.total}`);
for (const k of ['red_flag', 'non_obvious', 'negation', 'noise']) if (byKind[k] < MIN[k]) errors.push(`${k} ${byKind[k]} < ${MIN[k]}`);
for (const d of clinical) if (first.get(d) < MIN.perDeptFirst) errors.push(`${d} is first expected in ${first.get(d)} cases < ${MIN.perDeptFirst}`);
for (const d of NON_CLINICAL) if (any.get(d) > 0) errors.push(`${d} appears as expected`);

// ── report ──
const lines = [];
lines.push(
  `Total cases: **${cases.length}** (emergency: true in ${emergencies}, of which red_flag ${byKind.red_flag}; emergency: false in ${cases.length - emergencies})`,
);
lines.push('');
lines.push('| kind | cases |');
lines.push('|---|---:|');
for (const k of KINDS) lines.push(`| ${k} | ${byKind[k]} |`);
lines.push('');
lines.push('| department | id | first expected | in expected (any position) |');
lines.push('|---|---|---:|---:|');
for (const d of depts.keys()) lines.push(`| ${depts.get(d)} | ${d} | ${first.get(d)} | ${any.get(d)} |`);
const report = lines.join('\n');
console.log(report);
console.log('');
if (errors.length) {
  console.error(`FAILED (${errors.length}):\n  ` + errors.join('\n  '));
  process.exit(1);
}
console.log(`OK: ${cases.length} cases, ${ids.size} unique ids, all expected ids are departments of ${HOSPITAL}, all minimums met.`);

if (process.argv.includes('--write')) {
  const readme = join(here, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- counts:start -->';
  const end = '<!-- counts:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error('count markers not found in README.md');
  writeFileSync(readme, text.slice(0, a + start.length) + '\n' + report + '\n' + text.slice(b));
  console.log('README.md counts updated.');
}
