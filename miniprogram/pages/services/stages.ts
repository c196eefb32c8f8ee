/** The 服务 page's sections: the app's functions grouped by visit stage, in journey order. */
import type { AppFunction, Stage } from '../../shared/functions';
import { stageLabels } from '../../shared/functions';

export interface FunctionGroup {
  stage: Stage;
  label: string;
  functions: AppFunction[];
}

const STAGE_ORDER: Stage[] = ['previsit', 'invisit', 'postvisit'];

/** One group per stage that has at least one function; stages without any are left out. */
export function groupByStage(functions: AppFunction[]): FunctionGroup[] {
  return STAGE_ORDER.map((stage) => ({
    stage,
    label: stageLabels[stage],
    functions: functions.filter((f) => f.stage === stage),
  })).filter((g) => g.functions.length > 0);
}
