/** The 服务 page's sections: the app's functions grouped by visit stage, in journey order. */
import type { AppFunction, Stage } from '../../shared/functions';
import { stageLabels } from '../../shared/functions';
import { type GridFill, gridColumns, withGridFill } from '../../shared/grid';

export interface FunctionGroup {
  stage: Stage;
  label: string;
  functions: Array<AppFunction & GridFill>;
  /** Grid columns so the rows are full, in normal and in elder mode (shared/grid.ts). */
  columns: number;
  elderColumns: number;
}

const STAGE_ORDER: Stage[] = ['previsit', 'invisit', 'postvisit'];

/** One group per stage that has at least one function; stages without any are left out. */
export function groupByStage(functions: AppFunction[]): FunctionGroup[] {
  return STAGE_ORDER.map((stage) => {
    const own = functions.filter((f) => f.stage === stage);
    return {
      stage,
      label: stageLabels[stage],
      functions: withGridFill(own),
      columns: gridColumns(own.length, false),
      elderColumns: gridColumns(own.length, true),
    };
  }).filter((g) => g.functions.length > 0);
}
