import { content } from '../../../miniprogram/shared/contract/content';
import { defineFunction } from '../framework/define';
import * as editor from './editor-actions';
import * as open from './public-actions';
import * as settings from './settings-actions';

/** The `content` cloud function: pre-visit information (functions 1–6) and health education (23). */
export const contentFunction = defineFunction('content', content, { ...open, ...editor, ...settings });
