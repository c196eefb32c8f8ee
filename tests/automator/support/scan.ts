/**
 * The response scanner in the journeys (docs/access.md), with the page tests' rules
 * (tests/pages/setup/page-scan.ts): every answer the emulator gives a patient page while a journey
 * runs (wx.request wrapped through automator's mockWxMethod, each answer kept in the app's
 * globalData with the route of the page that asked) must carry no full ID number or mobile number,
 * and the rendered text of the patient page each step ends on neither, nor an internal id. Staff
 * pages are out of scope, as in the page tests.
 */
import { answerHits, describeHit, isPatientFacing, textHits, type Hit } from '../../pages/setup/page-scan';
import { pageText } from './app';
import type { MiniProgram } from './target';

interface RequestOptions {
  success?(res: { data: unknown }): void;
}

/** Wraps wx.request so each answer is kept with the page that asked. */
export async function recordAnswers(mp: MiniProgram): Promise<void> {
  await mp.mockWxMethod('request', function (this: { origin(o: RequestOptions): unknown }, options: RequestOptions) {
    const pages = getCurrentPages();
    const route = pages.length > 0 ? pages[pages.length - 1].route : '';
    const success = options.success;
    // Runs in the app, serialised: no helper of this module may be reached from here.
    return this.origin(
      Object.assign({}, options, {
        success(res: { data: unknown }) {
          const g = getApp().globalData;
          g.automatorAnswers = (g.automatorAnswers ?? []).concat([{ route, data: res.data }]);
          if (success) success(res);
        },
      }),
    );
  });
}

/** How many answers and patient page texts this test file's journeys had scanned. */
export const scanned = { answers: 0, texts: 0 };

/** What the answers kept since the last call leak to patient pages. */
export async function answerLeaks(mp: MiniProgram): Promise<Hit[]> {
  const answers: Array<{ route: string; data: unknown }> = await mp.evaluate(() => {
    const g = getApp().globalData;
    const kept: Array<{ route: string; data: unknown }> = g.automatorAnswers ?? [];
    g.automatorAnswers = [];
    return kept;
  });
  scanned.answers += answers.length;
  return answers.filter((a) => isPatientFacing(a.route)).flatMap((a) => answerHits(a.route, a.data));
}

/** What the rendered text of the current page leaks, when it is a patient page. */
export async function textLeaks(mp: MiniProgram): Promise<Hit[]> {
  const page = await mp.currentPage();
  if (!page || !isPatientFacing(page.path)) return [];
  scanned.texts++;
  return textHits(page.path, await pageText(mp));
}

export const leakText = (hits: Hit[]): string[] => hits.map(describeHit);
