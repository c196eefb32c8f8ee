import { row, type Rows } from './table';
import { type World, ZZ } from './world';

const session = { ownerId: 'doc-zz-001', date: '2026-11-30', session: 'am' };
const template = {
  hospitalId: ZZ,
  ownerType: 'doctor',
  ownerId: 'doc-zz-001',
  weekday: 7,
  session: 'evening',
  startTime: '18:00',
  endTime: '20:00',
  slotMinutes: 30,
  capacity: 4,
  onsiteReserve: 1,
  feeFen: 3500,
};

/** A Sunday-evening template of 陈立民 made for the cell by the scheduler, so each cell has one to remove. */
async function eveningTemplate(w: World): Promise<string> {
  return (await w.sys.ok<{ template: { id: string } }>('schedule', 'demo-scheduler-zz', { action: 'saveTemplate', ...template })).template.id;
}

export const schedule: Rows = {
  listTemplates: row(() => ({ hospitalId: ZZ, ownerId: 'doc-zz-001' })),
  saveTemplate: row(() => ({ ...template, weekday: 1, session: 'am', startTime: '08:00', endTime: '12:00' })),
  removeTemplate: row(async (w) => ({ templateId: await eveningTemplate(w) })),
  listResources: row(() => ({ hospitalId: ZZ })),
  getSettings: row(() => ({ hospitalId: ZZ })),
  saveSettings: row(() => ({
    hospitalId: ZZ,
    windowDays: 7,
    releaseTime: '08:00',
    cancelDeadlineMinutes: 120,
    holdMinutes: 15,
    dailyCap: 3,
    noShowCount: 3,
    noShowWithinDays: 90,
    noShowRestrictDays: 30,
  })),
  publish: row(() => ({ hospitalId: ZZ, ownerId: 'doc-zz-001' })),
  sessionSlots: row(() => session),
  stopClinic: row((w) => ({ ...w.stopSession, reason: '医生外出会诊' })),
  addOn: row((w) => ({ slotId: w.openSlotId, count: 1, reason: '复诊患者' })),
  reconcilePlaces: row(() => ({ hospitalId: ZZ })),
  placeRepairs: row(() => ({ hospitalId: ZZ })),
};
