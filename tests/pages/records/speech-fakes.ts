/**
 * Fakes of the WechatSI plugin (the global `requirePlugin`) and of wx.createInnerAudioContext for
 * the 朗读 button of the records pages (miniprogram/records/common/read-aloud): what was asked to be
 * synthesised, what each player played, stopped and destroyed; the plugin can fail or hold its answers.
 */
import type { Rendered } from '../setup/page';
import { wxMock } from '../setup/page';

export interface FakePlayer {
  src: string;
  played: string[];
  stops: number;
  destroyed: boolean;
  ended?: () => void;
}

type TtsOptions = { content: string; success: (r: { retcode: number; filename: string }) => void; fail: (r: { retcode: number; msg: string }) => void };

export interface SpeechFakes {
  /** The content of each textToSpeech call, in order; call n answers the file `tts://n`. */
  asked: string[];
  players: FakePlayer[];
  /** The plugin fails (-20003, as the real one does on too long a text or a server error). */
  failing: boolean;
  /** The plugin's answers wait in `held` until the test calls them. */
  holding: boolean;
  held: Array<() => void>;
  /** Every source played, over all players. */
  played(): string[];
}

const g = globalThis as unknown as Record<string, unknown>;

/** Installs fresh fakes (call in beforeEach). */
export function installSpeechFakes(): SpeechFakes {
  const fakes: SpeechFakes = {
    asked: [],
    players: [],
    failing: false,
    holding: false,
    held: [],
    played: () => fakes.players.flatMap((p) => p.played),
  };
  g.requirePlugin = jest.fn((name: string) => {
    if (name !== 'WechatSI') throw new Error(`plugin ${name} is not defined`);
    return {
      textToSpeech(o: TtsOptions) {
        fakes.asked.push(o.content);
        const n = fakes.asked.length;
        const answer = () =>
          fakes.failing ? o.fail({ retcode: -20003, msg: 'text to speech inner server failed.' }) : o.success({ retcode: 0, filename: `tts://${n}` });
        if (fakes.holding) fakes.held.push(answer);
        else setTimeout(answer, 0);
      },
    };
  });
  wxMock.setInnerAudioOption = jest.fn();
  wxMock.createInnerAudioContext = jest.fn(() => {
    const p: FakePlayer = { src: '', played: [], stops: 0, destroyed: false };
    fakes.players.push(p);
    return {
      get src() {
        return p.src;
      },
      set src(v: string) {
        p.src = v;
      },
      play: () => p.played.push(p.src),
      stop: () => {
        p.stops += 1;
      },
      destroy: () => {
        p.destroyed = true;
      },
      onEnded: (cb: () => void) => {
        p.ended = cb;
      },
      onError: () => undefined,
    };
  });
  return fakes;
}

/** A plugin that is not there (not added to the account): requirePlugin throws. */
export function removeSpeechPlugin(): void {
  g.requirePlugin = jest.fn(() => {
    throw new Error('plugin WechatSI is not defined');
  });
}

/** The text of the 朗读 button (and its error line). */
export const speechButton = (page: Rendered): string => (page.querySelector('#speech')?.dom?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** j-component has both at run time (as the preview's router calls them); its types lack them on a rendered page. */
type PageLife = { triggerPageLifeTime(name: 'hide'): void; detach(): void };
export const life = (page: Rendered): PageLife => page as unknown as PageLife;

/** Lets each chunk end until the reading is over; answers how many were played. */
export async function listenToTheEnd(page: Rendered, fakes: SpeechFakes, waitFor: (check: () => void) => Promise<void>): Promise<number> {
  for (let i = 0; i < 50 && speechButton(page).includes('停止'); i += 1) {
    const heard = fakes.played().length;
    fakes.players[0].ended?.();
    await waitFor(() => expect(fakes.played().length > heard || !speechButton(page).includes('停止')).toBe(true));
  }
  return fakes.played().length;
}
