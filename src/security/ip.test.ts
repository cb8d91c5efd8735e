import { describe, expect, it } from 'vitest';
import { AddressListError, addressKey, compileAddressList, isListed, normaliseIp } from './ip.js';

describe('normaliseIp', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::FFFF:10.1.2.3', '10.1.2.3'],
    ['2001:DB8::1', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
  ])('turns %s into %s', (input, expected) => {
    expect(normaliseIp(input)).toBe(expected);
  });
});

describe('addressKey', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::ffff', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
  ])('keys %s as %s', (input, expected) => {
    expect(addressKey(input)).toBe(expected);
  });
});

describe('compileAddressList', () => {
  const { list } = compileAddressList(['10.0.0.0/8', '192.0.2.7', '2001:db8::/32', '::ffff:198.51.100.1']);

  it.each([
    ['10.200.3.4', true],
    ['::ffff:10.200.3.4', true],
    ['11.0.0.1', false],
    ['192.0.2.7', true],
    ['192.0.2.8', false],
    ['2001:db8:ffff::1', true],
    ['2001:db9::1', false],
    ['198.51.100.1', true],
    ['not-an-ip', false],
  ])('%s listed: %s', (ip, expected) => {
    expect(isListed(list, ip)).toBe(expected);
  });

  it.each([['10.0.0.0/33'], ['10.0.0.0/8/1'], ['example.com'], ['10.0.0.0/abc'], ['2001:db8::/129'], ['']])(
    'refuses %j at start-up',
    (entry) => {
      expect(() => compileAddressList([entry])).toThrow(AddressListError);
    },
  );
});
