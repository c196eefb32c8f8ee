/** How read-aloud text is cut for WechatSI textToSpeech (miniprogram/records/common/speech.ts). */
import { SPEECH_CHUNK_CHARS, speechChunks } from '../../miniprogram/records/common/speech';

describe('speechChunks', () => {
  it('keeps a short text whole', () => {
    expect(speechChunks('  每日一次，饭后服用。 ')).toEqual(['每日一次，饭后服用。']);
  });

  it('joins sentences up to the limit and cuts between them, never inside one that fits', () => {
    const s = (n: number) => `${'药'.repeat(n - 1)}。`;
    const text = s(40) + s(40) + s(40) + s(10);
    const chunks = speechChunks(text);
    expect(chunks).toEqual([s(40) + s(40), s(40) + s(10)]);
    expect(chunks.join('')).toBe(text);
  });

  it('cuts a sentence longer than the limit at its commas, and text without any mark every limit characters', () => {
    const clause = `${'慢'.repeat(59)}，`;
    const long = `${clause + clause}结束。`;
    const chunks = speechChunks(long);
    expect(chunks.every((c) => c.length <= SPEECH_CHUNK_CHARS)).toBe(true);
    expect(chunks.join('')).toBe(long);
    expect(chunks[0]).toBe(clause);
    const bare = '字'.repeat(250);
    expect(speechChunks(bare).map((c) => c.length)).toEqual([100, 100, 50]);
  });

  it('an empty or blank text has nothing to read', () => {
    expect(speechChunks('')).toEqual([]);
    expect(speechChunks(' \n ')).toEqual([]);
  });

  it('honours a smaller limit', () => {
    expect(speechChunks('一二三。四五六。七八九。', 8)).toEqual(['一二三。四五六。', '七八九。']);
  });
});
