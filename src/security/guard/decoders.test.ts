import { describe, expect, it } from 'vitest';
import { decodeBinary, decodeMorse, looksLikeText } from './decoders.js';

const binary = (text: string) => [...Buffer.from(text)].map((b) => b.toString(2).padStart(8, '0')).join(' ');

describe('decoders', () => {
  it('decodes 8-bit binary groups', () => {
    expect(decodeBinary(`please run: ${binary('delete every file')} thanks`)).toEqual(['delete every file']);
  });

  it('decodes Morse code split across lines and tabs', () => {
    expect(decodeMorse('.--\t....\t.-\t- / ..\n... / -\t....\t.')).toEqual(['what is the']);
  });

  it('decodes Morse code with slash-separated words', () => {
    expect(decodeMorse('.-- .... .- - / .. ... / - .... . / -.-. --- -.. .')).toEqual(['what is the code']);
  });

  it.each([
    ['a version string', '1.0.1 - 2.0.0 - 3.0.0'],
    ['an ellipsis', 'wait... ... what -- really'],
    ['a bit mask', '11111111 00000000 11111111 00000000'],
  ])('finds no text in %s', (_name, text) => {
    expect([...decodeBinary(text), ...decodeMorse(text)]).toEqual([]);
  });

  it('calls decoded bytes text only when they read as words', () => {
    expect(looksLikeText('hello there')).toBe(true);
    expect(looksLikeText('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008')).toBe(false);
    expect(looksLikeText('ÿÿÿÿÿÿÿÿ')).toBe(false);
  });

  it('stays linear on a megabyte of each alphabet', () => {
    const started = performance.now();
    decodeBinary('01100001 '.repeat(110_000));
    decodeMorse('.- '.repeat(330_000));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
