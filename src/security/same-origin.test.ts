import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './same-origin.js';

describe('isSameOrigin', () => {
  it.each([
    ['http://127.0.0.1:3000', '127.0.0.1:3000', true],
    ['https://chat.example.com', 'chat.example.com', true],
    ['http://localhost:3000', 'LOCALHOST:3000', true],
    ['http://localhost', 'localhost:80', true],
    ['https://chat.example.com', 'chat.example.com:443', true],
    ['https://chat.example.com', 'chat.example.com:80', false],
    ['http://127.0.0.1:3000', '127.0.0.1:3000/evil', false],
    ['http://127.0.0.1:3000', 'evil.example@127.0.0.1:3000', false],
    ['http://evil.example', '127.0.0.1:3000', false],
    ['http://127.0.0.1:3001', '127.0.0.1:3000', false],
    ['http://127.0.0.1:3000.evil.example', '127.0.0.1:3000', false],
    ['null', '127.0.0.1:3000', false],
    ['file://', '127.0.0.1:3000', false],
    ['chrome-extension://abc', 'abc', false],
    ['not a url', '127.0.0.1:3000', false],
    ['http://127.0.0.1:3000', undefined, false],
  ])('%s against host %s is %s', (origin, host, expected) => {
    expect(isSameOrigin(origin, host)).toBe(expected);
  });
});
