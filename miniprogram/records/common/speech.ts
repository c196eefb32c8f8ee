/**
 * Read-aloud (朗读) for the records subpackage: the speech port and its real adapter over WeChat's
 * 微信同声传译 plugin (WechatSI), which app.json declares for this subpackage only (a subpackage's
 * plugin answers `requirePlugin` only to code inside that subpackage, hence this file lives here).
 *
 * `textToSpeech` answers a temporary audio file per call and refuses long content: its documentation
 * states 1000 bytes (about 330 Chinese characters) and longer calls are reported to fail with
 * -20003 well before that, so the text is cut at sentence ends into chunks of at most
 * SPEECH_CHUNK_CHARS characters, synthesised and played one after another through one
 * InnerAudioContext. `stop()` (and leaving the page: see read-aloud/index.ts) ends it; nothing
 * synthesised afterwards is played. The preview answers `requirePlugin('WechatSI')` with the browser's
 * speechSynthesis (preview/runtime/plugins.ts); page tests use a fake plugin.
 */

export type SpeechStatus = 'idle' | 'preparing' | 'speaking' | 'error';

export interface SpeechState {
  status: SpeechStatus;
  /** Shown under the button when status is 'error'. */
  message: string;
}

/** What the page side needs: speak a text (replacing what is playing), stop, and let go of the player. */
export interface Speech {
  speak(text: string): void;
  stop(): void;
  dispose(): void;
}

/** The part of the WechatSI plugin used here. */
export interface TextToSpeechPlugin {
  textToSpeech(options: {
    lang: 'zh_CN';
    tts: boolean;
    content: string;
    success: (res: { retcode?: number; filename?: string }) => void;
    fail: (res: { retcode?: number; msg?: string }) => void;
  }): void;
}

/** The part of WechatMiniprogram.InnerAudioContext used here. */
export interface SpeechPlayer {
  src: string;
  play(): void;
  stop(): void;
  destroy(): void;
  onEnded(cb: () => void): void;
  onError(cb: (res: { errMsg?: string }) => void): void;
}

export interface SpeechPlatform {
  plugin: () => TextToSpeechPlugin;
  player: () => SpeechPlayer;
}

/** Characters per textToSpeech call: well under the plugin's limit (see above). */
export const SPEECH_CHUNK_CHARS = 100;
export const SPEECH_UNAVAILABLE = '朗读暂不可用，请稍后再试';

const SENTENCE_END = /[^。！？；\n]*[。！？；\n]+|[^。！？；\n]+$/g;
const CLAUSE_END = /[^，、：,]*[，、：,]+|[^，、：,]+$/g;

function pieces(text: string, pattern: RegExp, max: number, next: (piece: string) => string[]): string[] {
  return (text.match(pattern) ?? []).flatMap((p) => (p.length > max ? next(p) : [p]));
}

function hardSplit(text: string, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += max) out.push(text.slice(i, i + max));
  return out;
}

/** Cuts a text into chunks of at most `max` characters, at sentence ends, else clause ends, else anywhere. */
export function speechChunks(text: string, max = SPEECH_CHUNK_CHARS): string[] {
  const parts = pieces(text.trim(), SENTENCE_END, max, (s) => pieces(s, CLAUSE_END, max, (c) => hardSplit(c, max)));
  const chunks: string[] = [];
  for (const part of parts) {
    const last = chunks.length - 1;
    if (last >= 0 && chunks[last].length + part.length <= max) chunks[last] += part;
    else chunks.push(part);
  }
  return chunks.map((c) => c.trim()).filter((c) => c.length > 0);
}

/** The real platform: the WechatSI plugin of the records subpackage and an InnerAudioContext. */
export const wechatSpeech: SpeechPlatform = {
  plugin: () => requirePlugin('WechatSI') as TextToSpeechPlugin,
  player: () => {
    // Read aloud even with the iPhone's mute switch on: the patient asked for it by tapping 朗读.
    wx.setInnerAudioOption({ obeyMuteSwitch: false, fail: () => undefined });
    return wx.createInnerAudioContext();
  },
};

function synthesise(plugin: TextToSpeechPlugin, content: string): Promise<string> {
  return new Promise((resolve, reject) => {
    plugin.textToSpeech({
      lang: 'zh_CN',
      tts: true,
      content,
      success: (res) => (res.filename && (res.retcode === undefined || res.retcode === 0) ? resolve(res.filename) : reject(res)),
      fail: reject,
    });
  });
}

/** A speech port over a platform; every state change is reported through `onState`. */
export function createSpeech(onState: (state: SpeechState) => void, platform: SpeechPlatform = wechatSpeech): Speech {
  let run = 0;
  let player: SpeechPlayer | null = null;
  let ended: (() => void) | null = null;
  let failed: (() => void) | null = null;

  const report = (status: SpeechStatus, message = '') => onState({ status, message });

  function playerOnce(): SpeechPlayer {
    if (player) return player;
    const p = platform.player();
    p.onEnded(() => ended?.());
    p.onError(() => failed?.());
    player = p;
    return p;
  }

  function play(src: string): Promise<void> {
    return new Promise((resolve, reject) => {
      ended = resolve;
      failed = reject;
      const p = playerOnce();
      p.src = src;
      p.play();
    });
  }

  async function speakAll(mine: number, chunks: string[]): Promise<void> {
    const plugin = platform.plugin();
    for (const chunk of chunks) {
      const file = await synthesise(plugin, chunk);
      if (mine !== run) return;
      report('speaking');
      await play(file);
      if (mine !== run) return;
    }
    report('idle');
  }

  function stop(): void {
    run += 1;
    ended = null;
    failed = null;
    player?.stop();
    report('idle');
  }

  return {
    speak(text: string) {
      stop();
      const chunks = speechChunks(text);
      if (chunks.length === 0) return;
      const mine = run;
      report('preparing');
      speakAll(mine, chunks).catch(() => {
        if (mine !== run) return;
        run += 1;
        player?.stop();
        report('error', SPEECH_UNAVAILABLE);
      });
    },
    stop,
    dispose() {
      stop();
      player?.destroy();
      player = null;
    },
  };
}
