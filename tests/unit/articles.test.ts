import { publish, publishProblem, toBlocks, unpublish, visibleToPatients } from '../../backend/domain/content/articles';
import { shanghaiInstant } from '../../miniprogram/shared/time';

const NOW = shanghaiInstant('2026-11-25', '10:00');

describe('article body', () => {
  it('splits paragraphs on blank lines and reads "## " as a heading', () => {
    expect(toBlocks('## 症状\n\n发热、咳嗽\n持续三天\n\n  \n\n## 处理\r\n\r\n多喝水')).toEqual([
      { type: 'heading', text: '症状' },
      { type: 'paragraph', text: '发热、咳嗽\n持续三天' },
      { type: 'heading', text: '处理' },
      { type: 'paragraph', text: '多喝水' },
    ]);
  });

  it('an empty body has no blocks', () => {
    expect(toBlocks('  \n\n ')).toEqual([]);
  });
});

describe('publishing', () => {
  it('patients see only published articles', () => {
    expect(visibleToPatients({ status: 'published' })).toBe(true);
    expect(visibleToPatients({ status: 'draft' })).toBe(false);
  });

  it('the first publication time is kept through corrections', () => {
    expect(publish({ publishedAt: null }, NOW)).toEqual({ status: 'published', publishedAt: NOW, updatedAt: NOW });
    const earlier = NOW - 86_400_000;
    expect(publish({ publishedAt: earlier }, NOW).publishedAt).toBe(earlier);
    expect(unpublish({ publishedAt: earlier }, NOW)).toEqual({ status: 'draft', publishedAt: earlier, updatedAt: NOW });
  });

  it('needs a title, a summary and a paragraph', () => {
    const ok = { title: '标题', summary: '摘要', body: '正文' };
    expect(publishProblem(ok)).toBeNull();
    expect(publishProblem({ ...ok, title: ' ' })).toBe('请填写标题');
    expect(publishProblem({ ...ok, summary: '' })).toBe('请填写摘要');
    expect(publishProblem({ ...ok, body: '## 只有标题' })).toBe('正文至少需要一段文字');
  });
});
