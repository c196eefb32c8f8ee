/**
 * The risk screen before a home visit. Refused: an infectious disease in its infectious period,
 * an unconscious patient (hospital care is needed), anyone aggressive in the home (the nurse's
 * safety), and an injection for a patient with a known drug allergy. Pure.
 */
import { Consciousness } from '../../../miniprogram/shared/enums';

export interface RiskAnswers {
  drugAllergy: boolean;
  infectious: boolean;
  consciousness: Consciousness;
  aggression: boolean;
}

/** Why the request is refused, or null. */
export function riskRefusal(a: RiskAnswers, serviceCode: string): string | null {
  if (a.infectious) return '处于传染期的传染病患者不宜上门护理，请到医院就诊';
  if (a.consciousness === Consciousness.unconscious) return '患者意识不清，需在医院内接受护理，请及时就医';
  if (a.aggression) return '家中有人可能危及护士安全，无法上门服务';
  if (a.drugAllergy && serviceCode === 'injection') return '有药物过敏史的患者首次注射须在医院进行';
  return null;
}
