/**
 * Trains the learned reader of smart triage and writes backend/domain/triage/learned/model.json:
 * `npm run triage:learn` (scripts/triage-learn/learn.ts says how). Prints the held-out figures.
 * `--check` trains again and says whether the stored model is what the training cases give.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_FILE, ROOT } from './triage-learn/cases';
import { learn } from './triage-learn/learn';

const model = learn();
const text = `${JSON.stringify(model)}\n`;
const file = join(ROOT, MODEL_FILE);
console.log(JSON.stringify(model.about.crossValidation, null, 2));
console.log(`${model.grams.length} grams, ${(text.length / 1024).toFixed(0)} KB`);
if (process.argv.includes('--check')) {
  const same = readFileSync(file, 'utf8') === text;
  console.log(same ? `${MODEL_FILE} is what these cases give` : `${MODEL_FILE} differs: run npm run triage:learn`);
  process.exit(same ? 0 : 1);
}
writeFileSync(file, text);
console.log(`written ${MODEL_FILE}`);
