import { row, type Rows } from './table';

export const triage: Rows = {
  assess: row(() => ({ hospitalId: 'h-zzcentral', text: '咳嗽三天' })),
  knowledge: row(() => ({})),
};
