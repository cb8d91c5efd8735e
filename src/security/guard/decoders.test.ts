import { describe, expect, it } from 'vitest';
import { decodeBinary, decodeMorse } from './decoders.js';
import { normalise } from './normalise.js';

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
    ['control bytes', '00000001 00000010 00000011 00000100 00000101 00000110'],
  ])('makes no view of what %s decodes to', (_name, text) => {
    expect(normalise(text).views.filter((view) => view.kind === 'binary' || view.kind === 'morse')).toEqual(
      [],
    );
  });

  it('stays linear on a megabyte of each alphabet', () => {
    const started = performance.now();
    decodeBinary('01100001 '.repeat(110_000));
    decodeMorse('.- '.repeat(330_000));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
