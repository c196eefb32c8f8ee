import { SPEECH_CHUNK_CHARS } from '../../../miniprogram/records/common/speech';
import { session } from '../../../miniprogram/stores/session';
import { failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';
import { installSpeechFakes, life, listenToTheEnd, removeSpeechPlugin, type SpeechFakes, speechButton } from './speech-fakes';

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
    let tts: SpeechFakes;
    beforeEach(() => {
      tts = installSpeechFakes();
    });

    it('reads the whole monograph in the page order, in chunks under the limit, one after another, then is idle', async () => {
      const page = await opened('DRUG-MET');
      expect(speechButton(page)).toContain('朗读');
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(tts.played()).toEqual(['tts://1']));
      expect(speechButton(page)).toContain('停止朗读');
      // The next chunk is synthesised only when the first has been heard.
      expect(tts.asked).toHaveLength(1);
      await listenToTheEnd(page, tts, waitFor);
      expect(speechButton(page)).not.toContain('停止');
      expect(tts.asked.length).toBeGreaterThan(2);
      for (const chunk of tts.asked) expect(chunk.length).toBeLessThanOrEqual(SPEECH_CHUNK_CHARS);
      expect(tts.played()).toEqual(tts.asked.map((_, i) => `tts://${i + 1}`));
      const heard = tts.asked.join('');
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
      expect(tts.players).toHaveLength(1);
      expect(wxMock.setInnerAudioOption).toHaveBeenCalledWith(expect.objectContaining({ obeyMuteSwitch: false }));
    });

    it('停止 stops at once and what was being synthesised is never played', async () => {
      const page = await opened('DRUG-WAR');
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(tts.played()).toHaveLength(1));
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(speechButton(page)).not.toContain('停止'));
      expect(tts.players[0].stops).toBeGreaterThan(0);
      tts.players[0].ended?.();
      await new Promise((r) => setTimeout(r, 20));
      expect(tts.played()).toHaveLength(1);
      expect(tts.asked).toHaveLength(1);

      // Stopped while the first chunk is still being synthesised: its answer comes and is not played.
      tts.holding = true;
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(tts.asked).toHaveLength(2));
      expect(speechButton(page)).toContain('正在准备');
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(speechButton(page)).not.toContain('停止'));
      for (const answer of tts.held) answer();
      await new Promise((r) => setTimeout(r, 20));
      expect(tts.played()).toHaveLength(1);
      expect(speechButton(page)).not.toContain('停止');
    });

    it('a failing plugin shows 朗读暂不可用 and the button can be tapped again', async () => {
      const page = await opened('DRUG-MET');
      tts.failing = true;
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(textOf(page)).toContain('朗读暂不可用，请稍后再试'));
      expect(tts.played()).toHaveLength(0);
      tts.failing = false;
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(tts.played()).toHaveLength(1));
      expect(textOf(page)).not.toContain('朗读暂不可用');
    });

    it('without the plugin (not added to the account) the error shows instead of a silent button', async () => {
      removeSpeechPlugin();
      const page = await opened('DRUG-MET');
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(textOf(page)).toContain('朗读暂不可用，请稍后再试'));
    });

    it('nothing plays after the page is hidden, nor after it is left (the player is destroyed)', async () => {
      const page = await opened('DRUG-MET');
      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(tts.played()).toHaveLength(1));
      life(page).triggerPageLifeTime('hide');
      await waitFor(() => expect(speechButton(page)).not.toContain('停止'));
      tts.players[0].ended?.();
      await new Promise((r) => setTimeout(r, 20));
      expect(tts.played()).toHaveLength(1);

      tap(page, '#speech >>> #read-aloud');
      await waitFor(() => expect(tts.played()).toHaveLength(2));
      // Synthesis in flight when the page goes: its answer arrives after and is not played.
      tts.players[0].ended?.();
      life(page).detach();
      await new Promise((r) => setTimeout(r, 20));
      expect(tts.players[0].destroyed).toBe(true);
      expect(tts.played()).toHaveLength(2);
    });
  });
});
