import { saidGrams as grams } from './backend/domain/triage/learned/grams';
import { chance } from './backend/domain/triage/learned/model';
import { learnedTables } from './backend/domain/triage/learned/stored';
import { normalize } from './backend/domain/triage/normalize';
import { unrealMask } from './backend/domain/triage/unreal';
const t = learnedTables();
for (const text of process.argv.slice(2)) { const n = normalize(text).text; const g = grams(n, unrealMask(n)); console.log(text, 'em', chance(t.emergency, g).toFixed(3), 'sh', chance(t.selfHarm, g).toFixed(3)); }
