import { SPEECH_CHUNK_CHARS } from '../../../miniprogram/records/common/speech';
import { session } from '../../../miniprogram/stores/session';
import { failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

/**
 * For 朗读 on the medication guidance page, with a fake of the WechatSI plugin (requirePlugin) and of
 * wx.createInnerAudioContext: the monograph is read in the page's order, in chunks under the
 * plugin's limit, one after another; 停止 stops; a failing plugin shows the error; nothing plays
 * after the page is hidden or left.
 */
interface FakePlayer {
  src: string;
  played: string[];
  stops: number;
  destroyed: boolean;
  ended?: () => void;
  error?: (res: { errMsg: string }) => void;
}

type TtsOptions = { content: string; success: (r: { retcode: number; filename: string }) => void; fail: (r: { retcode: number; msg: string }) => void };

const g = globalThis as unknown as Record<string, unknown>;
let asked: string[];
let failing: boolean;
/** When set, the plugin's answers wait in `held` until the test releases them. */
let holding: boolean;
let held: Array<() => void>;
let players: FakePlayer[];

function fakes(): void {
  asked = [];
  failing = false;
  holding = false;
  held = [];
  players = [];
  g.requirePlugin = jest.fn((name: string) => {
    if (name !== 'WechatSI') throw new Error(`plugin ${name} is not defined`);
    return {
      textToSpeech(o: TtsOptions) {
        asked.push(o.content);
        const n = asked.length;
        const answer = () =>
          failing ? o.fail({ retcode: -20003, msg: 'text to speech inner server failed.' }) : o.success({ retcode: 0, filename: `tts://${n}` });
        if (holding) held.push(answer);
        else setTimeout(answer, 0);
      },
    };
  });
  wxMock.createInnerAudioContext = jest.fn(() => {
    const p: FakePlayer = { src: '', played: [], stops: 0, destroyed: false };
    players.push(p);
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
      onError: (cb: (res: { errMsg: string }) => void) => {
        p.error = cb;
      },
    };
  });
}

const played = (): string[] => players.flatMap((p) => p.played);

/** j-component has both at run time (as the preview's router calls them); its types lack them on a rendered page. */
type PageLife = { triggerPageLifeTime(name: 'hide'): void; detach(): void };
const life = (page: Rendered): PageLife => page as unknown as PageLife;

describe('records drug page (用药指导)', () => {
  let id: string;
  beforeAll(() => {
    id = loadPage('records/drug/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    routeRequests(await startLocalSystem({ history: true }));
  });

  async function opened(code: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ code });
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('shows the monograph: uses, how to take, what to avoid, side effects, when to see a doctor at once, special groups, source', async () => {
    const page = await opened('DRUG-MET');
    const text = textOf(page);
    expect(text).toContain('盐酸二甲双胍片');
    expect(text).toContain('随餐或饭后服用');
    expect(text).toContain('造影剂');
    expect(textOf(page.querySelector('#urgent')!)).toContain('乳酸酸中毒');
    expect(text).toContain('老年人');
    expect(text).toContain('依据：国家基本药物目录');
    expect(text).toContain('不能代替医生和药师的建议');
  });

  it('large print in elder mode, and an elder-size 朗读 button', async () => {
    session.setElderMode(true);
    const page = await opened('DRUG-WAR');
    expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
    // The 朗读 button is a full-width target of the elder tap height (--pz-tap).
    expect(page.querySelector('#speech')!.dom!.innerHTML).toContain('pz-tap');
    session.setElderMode(false);
  });

  it('an unknown drug is the empty state; offline an error with a retry', async () => {
    expect(textOf(await opened('DRUG-NOPE'))).toContain('暂无该药品的用药指导');
    failRequests();
    expect(textOf(await opened('DRUG-MET'))).toContain('重试');
  });

  describe('朗读 (read-aloud through WechatSI)', () => {
    beforeEach(fakes);

    const button = (page: Rendered) => textOf(page.querySelector('#speech')!);

    it('reads the whole monograph in the page order, in chunks under the limit, one after another, then is idle', async () => {
      const page = await opened('DRUG-MET');
      expect(button(page)).toContain('朗读');
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(played()).toEqual(['tts://1']));
      expect(button(page)).toContain('停止朗读');
      // The next chunk is synthesised only when the first has been heard.
      expect(asked).toHaveLength(1);
      for (let i = 0; i < 50 && button(page).includes('停止'); i += 1) {
        const heard = played().length;
        players[0].ended?.();
        await waitFor(() => expect(played().length > heard || !button(page).includes('停止')).toBe(true));
      }
      expect(button(page)).not.toContain('停止');
      expect(asked.length).toBeGreaterThan(2);
      for (const chunk of asked) expect(chunk.length).toBeLessThanOrEqual(SPEECH_CHUNK_CHARS);
      expect(played()).toEqual(asked.map((_, i) => `tts://${i + 1}`));
      const heard = asked.join('');
      const order = [
        '盐酸二甲双胍片',
        '用来治什么',
        '怎么吃',
        '随餐或饭后服用',
        '注意避免',
        '造影剂',
        '常见不良反应',
        '立即就医',
        '乳酸酸中毒',
        '储存',
        '孕期',
        '老年人',
        '不能代替医生和药师的建议',
      ];
      const at = order.map((w) => heard.indexOf(w));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(players).toHaveLength(1);
    });

    it('停止 stops at once and what was being synthesised is never played', async () => {
      const page = await opened('DRUG-WAR');
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(played()).toHaveLength(1));
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(button(page)).not.toContain('停止'));
      expect(players[0].stops).toBeGreaterThan(0);
      players[0].ended?.();
      await new Promise((r) => setTimeout(r, 20));
      expect(played()).toHaveLength(1);
      expect(asked).toHaveLength(1);

      // Stopped while the first chunk is still being synthesised: its answer comes and is not played.
      holding = true;
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(asked).toHaveLength(2));
      expect(button(page)).toContain('正在准备');
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(button(page)).not.toContain('停止'));
      for (const answer of held) answer();
      await new Promise((r) => setTimeout(r, 20));
      expect(played()).toHaveLength(1);
      expect(button(page)).not.toContain('停止');
    });

    it('a failing plugin shows 朗读暂不可用 and the button can be tapped again', async () => {
      const page = await opened('DRUG-MET');
      failing = true;
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(textOf(page)).toContain('朗读暂不可用，请稍后再试'));
      expect(played()).toHaveLength(0);
      failing = false;
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(played()).toHaveLength(1));
      expect(textOf(page)).not.toContain('朗读暂不可用');
    });

    it('without the plugin (not added to the account) the error shows instead of a silent button', async () => {
      g.requirePlugin = jest.fn(() => {
        throw new Error('plugin WechatSI is not defined');
      });
      const page = await opened('DRUG-MET');
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(textOf(page)).toContain('朗读暂不可用，请稍后再试'));
    });

    it('nothing plays after the page is hidden, nor after it is left (the player is destroyed)', async () => {
      const page = await opened('DRUG-MET');
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(played()).toHaveLength(1));
      life(page).triggerPageLifeTime('hide');
      await waitFor(() => expect(button(page)).not.toContain('停止'));
      players[0].ended?.();
      await new Promise((r) => setTimeout(r, 20));
      expect(played()).toHaveLength(1);

      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(played()).toHaveLength(2));
      // Synthesis in flight when the page goes: its answer arrives after and is not played.
      players[0].ended?.();
      life(page).detach();
      await new Promise((r) => setTimeout(r, 20));
      expect(players[0].destroyed).toBe(true);
      expect(played()).toHaveLength(2);
    });
  });
});
