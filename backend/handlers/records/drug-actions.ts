/** Medication guidance: a drug's monograph, and interactions among a family member's recent prescriptions. */
import type { DrugMonographView, InteractionView } from '../../../miniprogram/shared/dto/records';
import type { PrescriptionDoc } from '../../domain/records/docs';
import { DISCLAIMER, interactionsAmong, monographOf } from '../../domain/records/drugs';
import { notFound } from '../framework/app-error';
import { records } from '../../../miniprogram/shared/contract/records';
import { action } from '../framework/define';
import { ownPatient } from './lookups';
import { pullPrescriptions } from './sync';
import { anyone, owner } from '../framework/who';

/** Prescriptions written this long ago or less count as taken together. */
const CURRENT_MS = 90 * 86_400_000;

export const drug = action(records.drug, {
  who: anyone(),
  async run({ code }) {
    const m = monographOf(code);
    if (!m) throw notFound('该药品的用药指导');
    const { classes: _classes, ...text } = m;
    const view: DrugMonographView = { ...text, source: `依据：${m.source}`, disclaimer: DISCLAIMER };
    return { drug: view };
  },
});

export const interactions = action(records.interactions, {
  who: owner(),
  async run({ patientId }, ctx) {
    await pullPrescriptions(ctx.ports, await ownPatient(ctx, patientId), ctx.now);
    const recent = await ctx.db.find<PrescriptionDoc>('prescriptions', {
      where: { patientId, writtenAt: { gte: ctx.now - CURRENT_MS } },
      orderBy: [['writtenAt', 'desc']],
      limit: 50,
    });
    const names = new Map(recent.flatMap((rx) => rx.items.map((i) => [i.code, i.drug] as const)));
    const found: InteractionView[] = interactionsAmong([...names.keys()]).map(({ codes, interaction }) => ({
      drugs: [names.get(codes[0]) ?? codes[0], names.get(codes[1]) ?? codes[1]],
      severity: interaction.severity,
      severityText: interaction.severity === 'major' ? '严重' : '中度',
      effect: interaction.effect,
      advice: interaction.advice,
    }));
    return { interactions: found, disclaimer: DISCLAIMER };
  },
});
