/**
 * The 朗读 / 停止 button of the records pages: reads `text` aloud through the speech port
 * (../speech.ts), shows the state (准备中, 朗读中, the error), and stops when the page is hidden or
 * left, so nothing plays after the patient has gone.
 */
import { createSpeech, type Speech, type SpeechState } from '../speech';

const LABELS: Record<SpeechState['status'], string> = {
  idle: '朗读',
  preparing: '正在准备朗读…（点此停止）',
  speaking: '停止朗读',
  error: '朗读',
};

const speeches = new WeakMap<object, Speech>();

Component({
  properties: {
    text: { type: String, value: '' },
  },
  data: {
    status: 'idle' as SpeechState['status'],
    label: LABELS.idle,
    message: '',
  },
  lifetimes: {
    attached() {
      speeches.set(
        this,
        createSpeech((state) => this.setData({ status: state.status, label: LABELS[state.status], message: state.message })),
      );
    },
    detached() {
      speeches.get(this)?.dispose();
      speeches.delete(this);
    },
  },
  pageLifetimes: {
    hide() {
      speeches.get(this)?.stop();
    },
  },
  methods: {
    onTap() {
      const speech = speeches.get(this);
      if (!speech) return;
      if (this.data.status === 'speaking' || this.data.status === 'preparing') speech.stop();
      else speech.speak(this.data.text);
    },
  },
});
