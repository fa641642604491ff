// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readText, tagOf } from '../../src/sites/shared/text';

const html = (s: string) => {
  const div = document.createElement('div');
  div.innerHTML = s;
  return div;
};

describe('readText', () => {
  it('keeps paragraphs and line breaks, reads emoji from alt', () => {
    expect(readText(html('<p>Hello <img alt=":sparkles:"> world</p><p>line one<br>line two</p>'))).toBe('Hello :sparkles: world\nline one\nline two');
  });
  it('drops bidi marks, hidden parts and our own helpers', () => {
    expect(readText(html('\u200e@alice\u200f <span class="invisible">https://</span>ex.com<rapport-ui>2h</rapport-ui>'), '.invisible')).toBe('@alice ex.com');
  });
  it('treats newlines in markup as spaces', () => expect(readText(html('  a \n\n\n\n b  '))).toBe('a b'));
  it('is empty for nothing', () => expect(readText(null)).toBe(''));
  it('keeps newlines of pre-wrapped text', () => {
    expect(readText(html('<span>first line\nsecond   line</span>'), undefined, { preWrap: true })).toBe('first line\nsecond line');
  });
});

describe('tagOf', () => {
  it('strips the hash', () => expect(tagOf(' #Inktober ')).toBe('Inktober'));
  it('refuses an empty tag and text that is not a tag', () => {
    expect(tagOf('#')).toBeUndefined();
    expect(tagOf('example.com/tags/x')).toBeUndefined();
  });
});
