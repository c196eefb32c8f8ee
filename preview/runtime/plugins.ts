/**
 * The preview's stand-ins for the mini program plugins app.json declares, answered by
 * `requirePlugin(name)`, and the InnerAudioContext that plays what they produce.
 *
 * WechatSI (微信同声传译, declared for the records subpackage): `textToSpeech` answers a file name as
 * the plugin does, here `pz-tts:<n>` standing for the text; an InnerAudioContext given that source
 * speaks it with the browser's speechSynthesis (zh-CN), and `onEnded` fires when the utterance ends.
 * A browser without speechSynthesis makes `textToSpeech` fail as the plugin does when the service is
 * unreachable, so the page shows its 朗读暂不可用 state. Other sources play through an <audio>.
 */

// biome-ignore lint/suspicious/noExplicitAny: exparser and j-component are untyped; their objects cross here
type AnyRecord = Record<string, any>;

const TTS_SCHEME = 'pz-tts:';
const texts = new Map<string, string>();
let produced = 0;

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && window.speechSynthesis && typeof SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : null;
}

interface TtsOptions {
  lang?: string;
  content?: string;
  success?: (res: AnyRecord) => void;
  fail?: (res: AnyRecord) => void;
  complete?: (res: AnyRecord) => void;
}

const wechatSI = {
  textToSpeech(o: TtsOptions): void {
    setTimeout(() => {
      const content = typeof o.content === 'string' ? o.content : '';
      let res: AnyRecord;
      if (!synthesis()) res = { retcode: -20005, msg: '朗读不可用：此浏览器没有语音合成（speechSynthesis）' };
      else if (content.length === 0) res = { retcode: -20001, msg: 'content is empty' };
      else {
        produced += 1;
        const filename = `${TTS_SCHEME}${produced}`;
        texts.set(filename, content);
        res = { retcode: 0, origin: content, filename, expired_time: Math.floor(Date.now() / 1000) + 3 * 3600 };
      }
      if (res.retcode === 0) o.success?.(res);
      else o.fail?.(res);
      o.complete?.(res);
    }, 0);
  },
};

const plugins: Record<string, unknown> = { WechatSI: wechatSI };

export function requirePlugin(name: string): unknown {
  const plugin = plugins[name];
  if (!plugin)
    throw new Error(`requirePlugin: plugin "${name}" is not declared in app.json (preview/runtime/plugins.ts knows ${Object.keys(plugins).join(', ')})`);
  return plugin;
}

/** wx.createInnerAudioContext: src, play, pause, stop, destroy and the onPlay/onEnded/onError/onStop events. */
export function createInnerAudioContext(): AnyRecord {
  const listeners: Record<string, Array<(res?: AnyRecord) => void>> = { Play: [], Ended: [], Error: [], Stop: [] };
  const emit = (name: string, res?: AnyRecord) => {
    for (const cb of [...listeners[name]]) cb(res);
  };
  let audio: HTMLAudioElement | null = null;
  let utterance: SpeechSynthesisUtterance | null = null;
  let destroyed = false;

  const quiet = () => {
    if (utterance) {
      utterance.onend = null;
      utterance.onerror = null;
      utterance = null;
      synthesis()?.cancel();
    }
    if (audio) {
      audio.onended = null;
      audio.onerror = null;
      audio.pause();
      audio = null;
    }
  };

  const ctx: AnyRecord = {
    src: '',
    autoplay: false,
    loop: false,
    volume: 1,
    play() {
      if (destroyed) return;
      quiet();
      const src = String(ctx.src);
      const text = texts.get(src);
      if (src.startsWith(TTS_SCHEME)) {
        const speech = synthesis();
        if (!speech || text === undefined) {
          emit('Error', { errCode: 10004, errMsg: '朗读不可用' });
          return;
        }
        const u = new SpeechSynthesisUtterance(text);
        u.lang = 'zh-CN';
        u.volume = ctx.volume;
        u.onend = () => {
          utterance = null;
          emit('Ended');
        };
        u.onerror = (e) => {
          utterance = null;
          emit('Error', { errCode: 10001, errMsg: e.error });
        };
        utterance = u;
        speech.speak(u);
      } else {
        const a = new Audio(src);
        a.onended = () => emit('Ended');
        a.onerror = () => emit('Error', { errCode: 10004, errMsg: 'audio cannot be played' });
        audio = a;
        void a.play().catch(() => emit('Error', { errCode: 10001, errMsg: 'audio cannot be played' }));
      }
      emit('Play');
    },
    pause() {
      quiet();
    },
    stop() {
      quiet();
      emit('Stop');
    },
    destroy() {
      quiet();
      destroyed = true;
      for (const name of Object.keys(listeners)) listeners[name] = [];
    },
  };
  for (const name of Object.keys(listeners)) {
    ctx[`on${name}`] = (cb: (res?: AnyRecord) => void) => void listeners[name].push(cb);
    ctx[`off${name}`] = (cb?: (res?: AnyRecord) => void) => {
      listeners[name] = cb ? listeners[name].filter((x) => x !== cb) : [];
    };
  }
  return ctx;
}
