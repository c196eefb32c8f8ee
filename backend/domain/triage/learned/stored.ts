/**
 * The learned reader as trained (model.json, written by scripts/triage-learn.ts), read
 * and checked on first use: a cold function that only answers `knowledge` does not pay for it.
 */
import stored from './model.json';
import { once } from '../once';
import { learnedModel, tablesOf } from './model';

export const learnedTables = once(() => tablesOf(learnedModel.parse(stored)));
