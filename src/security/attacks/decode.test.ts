import { describe, expect, it } from 'vitest';
import { decodeRepeatedly, htmlDecodeOnce, jsDecodeOnce, urlDecodeOnce } from './decode.js';
import { normalise } from './normalise.js';

describe('urlDecodeOnce', () => {
  it('decodes percent escapes as UTF-8', () => {
    expect(urlDecodeOnce('%3Cscript%3E')).toBe('<script>');
    expect(urlDecodeOnce('caf%C3%A9')).toBe('café');
  });

  it('keeps invalid sequences literally', () => {
    expect(urlDecodeOnce('100%')).toBe('100%');
    expect(urlDecodeOnce('%zz%4')).toBe('%zz%4');
    expect(urlDecodeOnce('%%32%65')).toBe('%2e');
  });

  it('decodes IIS %u escapes', () => {
    expect(urlDecodeOnce('%u002e%u002E%u2215')).toBe('..\u2215');
  });

  it('decodes overlong and bogus UTF-8 to the ASCII they smuggle', () => {
    expect(urlDecodeOnce('%c0%ae%c0%af')).toBe('./');
    expect(urlDecodeOnce('%e0%80%ae')).toBe('.');
    expect(urlDecodeOnce('%f8%80%80%80%ae')).toBe('.');
    expect(urlDecodeOnce('%c0%2e%c1%1c')).toBe('.\\');
  });

  it('keeps lone high bytes as Latin-1', () => {
    expect(urlDecodeOnce('%e9t%e9')).toBe('été');
  });

  it('reads + as a space only for query strings', () => {
    expect(urlDecodeOnce('a+b')).toBe('a+b');
    expect(urlDecodeOnce('a+b', true)).toBe('a b');
  });
});

describe('htmlDecodeOnce', () => {
  it('decodes named, decimal and hex references, with or without a semicolon', () => {
    expect(htmlDecodeOnce('&lt;&gt;&quot;&apos;&amp;')).toBe('<>"\'&');
    expect(htmlDecodeOnce('&#60;&#0000060&#x3c;&#X00003C')).toBe('<<<<');
    expect(htmlDecodeOnce('&lt&gt')).toBe('<>');
    expect(htmlDecodeOnce('java&Tab;script&colon;')).toBe('java\tscript:');
  });

  it('decodes a known name that prefixes a longer word, as browsers do', () => {
    expect(htmlDecodeOnce('&ltimg src=x&gt')).toBe('<img src=x>');
  });

  it('leaves unknown names and out-of-range numbers alone', () => {
    expect(htmlDecodeOnce('&foo; &#99999999;')).toBe('&foo; &#99999999;');
  });
});

describe('jsDecodeOnce', () => {
  it('decodes \\x, \\u, \\u{} and octal escapes, and zero-padded CSS escapes', () => {
    expect(jsDecodeOnce('\\x3cscript\\u003e')).toBe('<script>');
    expect(jsDecodeOnce('\\u{3c}')).toBe('<');
    expect(jsDecodeOnce('\\152\\141')).toBe('ja');
    expect(jsDecodeOnce('\\0075\\0072\\006C')).toBe('url');
  });
});

describe('decodeRepeatedly', () => {
  it('decodes until stable', () => {
    expect(decodeRepeatedly('%252e%252e%252f', 5)).toMatchObject({ text: '../', rounds: 2 });
    expect(decodeRepeatedly('&amp;lt;script&amp;gt;', 5).text).toBe('<script>');
    expect(decodeRepeatedly('%26%2360%3B', 5).text).toBe('<');
  });

  it('stops after the round limit', () => {
    const deep = `%${'25'.repeat(10)}41`;
    expect(decodeRepeatedly(deep, 3).text).toBe(`%${'25'.repeat(7)}41`);
  });

  it('notices line breaks that only decoding produced', () => {
    expect(decodeRepeatedly('a%0d%0ab', 5).encodedNewline).toBe(true);
    expect(decodeRepeatedly('a\nb', 5).encodedNewline).toBe(false);
  });
});

describe('normalise', () => {
  const limits = { maxChars: 1000, maxDecodeRounds: 5 };

  it('applies NFKC, case folding and removes invisible characters', () => {
    const views = normalise('\uff1cSC\u0000RI\u200bPT\uff1e', limits);
    expect(views.decoded).toBe('<script>');
  });

  it('folds whitespace and SQL comments', () => {
    const views = normalise("1'/**/UNION/*!50000SELECT*/ 1,2 -- x\n#y\nfrom\tdual", limits);
    expect(views.decoded).toBe("1'/**/union/*!50000select*/ 1,2 -- x #y from dual");
    expect(views.sql).toBe("1' union select 1,2 -- -- from dual");
  });

  it('normalises paths: backslashes, repeated slashes, hex notation, slash look-alikes', () => {
    expect(normalise('..\\..\\\\windows', limits).path).toBe('../../windows');
    expect(normalise('..0x2f..0x5cetc', limits).path).toBe('../../etc');
    expect(normalise('..%u2215etc', limits).path).toBe('../etc');
  });

  it('keeps line breaks in the crlf view only when they were encoded', () => {
    expect(normalise('a%0d%0aSet-Cookie: x', limits).crlf).toBe('a\r\nset-cookie: x');
    expect(normalise('a\nb', limits).crlf).toBe('');
  });

  it('decodes a lone printable base64 token', () => {
    expect(normalise('Li4vZXRjL3Bhc3N3ZA==', limits).base64).toBe('../etc/passwd');
    expect(normalise('not base64 at all', limits).base64).toBe('');
    expect(normalise('AAECAwQFBgc=', limits).base64).toBe('');
  });

  it('records encoding tricks as signals', () => {
    expect(normalise('%00', limits).signals).toBe('null');
    expect(normalise('%c0%ae%c0%ae/', limits).signals).toContain('overlong');
    expect(normalise('%u002e', limits).signals).toContain('unicode');
    expect(normalise('%252e', limits).signals).toContain('multi');
  });

  it('inspects at most maxChars characters, also after NFKC expansion', () => {
    const views = normalise(`${'a'.repeat(2000)}<script>`, limits);
    expect(views.decoded.length).toBe(1000);
    expect(normalise('\ufdfa'.repeat(1000), limits).decoded.length).toBeLessThanOrEqual(1000);
  });
});
