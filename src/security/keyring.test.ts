import { describe, expect, it } from 'vitest';
import {
  createKeyring,
  generateKeyEntry,
  KeyListError,
  keyIdOf,
  parseKeyList,
  UnreadableValueError,
} from './keyring.js';

const k1 = parseKeyList(generateKeyEntry('k1'))[0] as { id: string; key: Buffer };
const k2 = parseKeyList(generateKeyEntry('k2'))[0] as { id: string; key: Buffer };
const PLACE = 'chat_messages.content:m1';

function reasonOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof UnreadableValueError) return error.reason;
    throw error;
  }
  return 'opened';
}

describe('keyring', () => {
  it('seals with the current key and opens to the same text, with a fresh nonce each time', () => {
    const ring = createKeyring([k1]);
    const a = ring.seal('Meeting with Dr. Ruiz about the biopsy', PLACE);
    const b = ring.seal('Meeting with Dr. Ruiz about the biopsy', PLACE);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Ruiz');
    expect(keyIdOf(a)).toBe('k1');
    expect(ring.open(a, PLACE)).toBe('Meeting with Dr. Ruiz about the biopsy');
    expect(ring.open(ring.seal('', PLACE), PLACE)).toBe('');
    expect(ring.open(ring.seal('日本語 🎉', PLACE), PLACE)).toBe('日本語 🎉');
  });

  it('opens values of an older key while sealing with the current one', () => {
    const old = createKeyring([k1]).seal('hello', PLACE);
    const ring = createKeyring([k2, k1]);
    expect(ring.open(old, PLACE)).toBe('hello');
    expect(keyIdOf(ring.seal('hello', PLACE))).toBe('k2');
  });

  const sealed = createKeyring([k1]).seal('secret text', PLACE);
  const [format, id, nonce, body] = sealed.split('.') as [string, string, string, string];
  const flip = (text: string, at: number) =>
    text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

  it.each([
    ['one flipped byte of the ciphertext', [format, id, nonce, flip(body, 3)].join('.'), PLACE, 'tampered'],
    [
      'one flipped byte of the tag',
      [format, id, nonce, flip(body, body.length - 2)].join('.'),
      PLACE,
      'tampered',
    ],
    ['one flipped byte of the nonce', [format, id, flip(nonce, 2), body].join('.'), PLACE, 'tampered'],
    ['the value moved to another row', sealed, 'chat_messages.content:m2', 'tampered'],
    ['the value moved to another column', sealed, 'chat_sessions.title:m1', 'tampered'],
    ['a truncated value', sealed.slice(0, sealed.length - 10), PLACE, 'tampered'],
    ['a value cut inside its header', sealed.slice(0, 8), PLACE, 'malformed'],
    ['plain text', 'secret text', PLACE, 'malformed'],
    ['an empty string', '', PLACE, 'malformed'],
    ['another format version', ['rk2', id, nonce, body].join('.'), PLACE, 'malformed'],
    ['a nonce of the wrong length', [format, id, 'AAAA', body].join('.'), PLACE, 'malformed'],
    ['a key id nobody configured', [format, 'k9', nonce, body].join('.'), PLACE, 'unknown_key'],
  ])('refuses %s', (_name, value, place, reason) => {
    expect(reasonOf(() => createKeyring([k1, k2]).open(value, place))).toBe(reason);
  });

  it('refuses a value relabelled with another configured key id', () => {
    expect(reasonOf(() => createKeyring([k1, k2]).open([format, 'k2', nonce, body].join('.'), PLACE))).toBe(
      'tampered',
    );
  });

  it('never puts the value or the text in its error message', () => {
    try {
      createKeyring([k2]).open(sealed, PLACE);
    } catch (error) {
      expect((error as Error).message).not.toContain(body);
      expect((error as Error).message).toContain('"k1"');
    }
  });
});

describe('parseKeyList', () => {
  it('reads id:base64 entries, current first', () => {
    const keys = parseKeyList(` ${generateKeyEntry('k2')} , ${generateKeyEntry('k1')} `);
    expect(keys.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(keys.every((k) => k.key.length === 32)).toBe(true);
  });

  it.each([
    ['nothing', '', /no keys/],
    ['a key without an id', Buffer.alloc(32, 1).toString('base64'), /entry 1: the id/],
    ['an id with a dot', `k.1:${Buffer.alloc(32, 1).toString('base64')}`, /entry 1: the id/],
    ['a 16-byte key', `k1:${Buffer.alloc(16, 1).toString('base64')}`, /key "k1": must be 32 bytes .*got 16/],
    ['a 64-byte key', `k1:${Buffer.alloc(64, 1).toString('base64')}`, /got 64/],
    ['text that is not base64', 'k1:not*base64!', /key "k1": must be 32 bytes/],
    [
      'the same id twice',
      `${generateKeyEntry('k1')},${generateKeyEntry('k1')}`,
      /"k1": the id is used twice/,
    ],
  ])('refuses %s with the entry named', (_name, text, message) => {
    expect(() => parseKeyList(text)).toThrow(KeyListError);
    expect(() => parseKeyList(text)).toThrow(message);
  });

  it('reports every bad entry at once', () => {
    expect(() => parseKeyList('k1:short,x:also')).toThrow(/key "k1".*; key "x"/);
  });
});
