import { describe, expect, it } from 'vitest';
import { normaliseUsername } from './usernames.js';

describe('normaliseUsername', () => {
  it.each([
    ['Alice', 'alice'],
    ['ALICE', 'alice'],
    ['alice', 'alice'],
    ['\uff41\uff4c\uff49\uff43\uff45', 'alice'], // full-width ａｌｉｃｅ
    ['\uff21\uff2c\uff29\uff23\uff25', 'alice'], // full-width upper case
    [' bob ', 'bob'],
    ['\tbob\n', 'bob'],
    ['\u3000bob\u3000', 'bob'], // ideographic spaces
    ['abc', 'abc'], // the shortest allowed
    ['a'.repeat(32), 'a'.repeat(32)], // the longest allowed
    ['0day', '0day'],
    ['j.doe', 'j.doe'],
    ['j_doe', 'j_doe'],
    ['j-doe', 'j-doe'],
    ['\u212Aate', 'kate'], // KELVIN SIGN folds to k
  ])('folds %j to %j', (raw, expected) => {
    expect(normaliseUsername(raw)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['too short (2 characters)', 'ab'],
    ['too short after trimming', ' ab '],
    ['too long (33 characters)', 'a'.repeat(33)],
    ['a leading dot', '.alice'],
    ['a leading underscore', '_alice'],
    ['a leading hyphen', '-alice'],
    ['a space inside', 'al ice'],
    ['a tab inside', 'al\tice'],
    ['an at sign', 'alice@example.com'],
    ['a slash', 'alice/bob'],
    ['a NUL byte', 'alice\u0000'],
    ['an emoji', 'alice😀'],
    ['only an emoji', '😀😀😀'],
    ['a zero-width space inside', 'ali\u200bce'],
    ['a zero-width joiner inside', 'ali\u200dce'],
    ['a zero-width non-joiner inside', 'ali\u200cce'],
    ['a byte-order mark inside', 'ali\ufeffce'],
    ['a soft hyphen inside', 'ali\u00adce'],
    ['a combining accent', 'alice\u0301'],
    ['an accented letter', 'alicé'],
    ['a Cyrillic а look-alike', '\u0430lice'],
    ['a Greek ο look-alike', 'b\u03bfb'],
    ['a dotted capital I (İ)', '\u0130van'],
    ['right-to-left override', 'alice\u202e'],
    ['a 200-character input', 'a'.repeat(200)],
    ['a 129-character input that would trim to a valid name', ` ${'a'.repeat(30)}${' '.repeat(98)}`],
  ])('rejects a username with %s', (_label, raw) => {
    expect(normaliseUsername(raw)).toBeNull();
  });

  it('gives look-alike spellings of one name the same folded form', () => {
    const forms = ['Alice', 'ALICE', ' alice ', '\uff41\uff4c\uff49\uff43\uff45'].map(normaliseUsername);
    expect(new Set(forms)).toEqual(new Set(['alice']));
  });

  it('is idempotent on its own output', () => {
    for (const raw of ['Alice', '\uff41\uff4c\uff49\uff43\uff45', ' bob ', 'J.Doe']) {
      const once = normaliseUsername(raw);
      expect(once).not.toBeNull();
      expect(normaliseUsername(once as string)).toBe(once);
    }
  });
});
