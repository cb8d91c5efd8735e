import { describe, expect, it } from 'vitest';
import { createAttackDetector, inspectRequest } from './detector.js';
import type { RequestParts } from './request.js';

const BROWSER_HEADERS = {
  host: 'rampart.example',
  'user-agent':
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-language': 'en-GB,en;q=0.9,de;q=0.8',
  'accept-encoding': 'gzip, deflate, br, zstd',
  referer: 'https://rampart.example/chat?conversation=42&tab=history',
  cookie: 'rampart_session=Vq3v_x8Yz-AbCdEf0123456789; theme=dark',
  'sec-ch-ua': '"Chromium";v="126", "Not.A/Brand";v="24"',
  'sec-fetch-mode': 'navigate',
  'content-type': 'application/json',
  'x-forwarded-for': '203.0.113.7, 10.0.0.2',
};

function request(overrides: Partial<RequestParts>): RequestParts {
  return { method: 'GET', path: '/', query: '', headers: {}, body: undefined, ...overrides };
}

describe('inspectRequest', () => {
  it('allows an ordinary browser request and chat message', () => {
    const result = inspectRequest(
      request({
        method: 'POST',
        path: '/api/conversations/42/messages',
        query: 'stream=true&lang=en-GB',
        headers: BROWSER_HEADERS,
        body: {
          message: 'Can you summarise the attached notes? Thanks!',
          attachments: [],
          options: { temperature: 0.2 },
        },
      }),
    );
    expect(result).toEqual({ verdict: 'allow', score: 0, classes: [], findings: [] });
  });

  it('finds attacks in the path, query, headers and body, with locations and names', () => {
    const result = inspectRequest(
      request({
        path: '/static/..%2f..%2f..%2fetc%2fpasswd',
        query: 'q=%27%20or%20%271%27%3D%271&page=2',
        headers: {
          'user-agent': '() { :; }; /bin/bash -c "cat /etc/passwd"',
          'x-api-version': '<script>alert(1)</script>',
        },
        body: { profile: { bio: '{{7*7}}' } },
      }),
    );
    expect(result.verdict).toBe('block');
    const where = result.findings.map((f) => `${f.location}:${f.name}`);
    expect(where).toEqual([
      'path:',
      'query:q',
      'header:user-agent',
      'header:x-api-version',
      'body:profile.bio',
    ]);
    expect(result.classes).toEqual(
      expect.arrayContaining(['traversal', 'lfi', 'sqli', 'cmdi', 'xss', 'ssti']),
    );
    expect(result.score).toBe(result.findings.reduce((sum, f) => sum + f.score, 0));
  });

  it('decodes + as a space in the query string only', () => {
    expect(inspectRequest(request({ query: 'id=1+union+select+password+from+users' })).verdict).toBe('block');
    expect(inspectRequest(request({ query: 'sum=1%2B1' })).verdict).toBe('allow');
  });

  it('inspects parameter names as well as values', () => {
    const result = inspectRequest(request({ query: 'user=admin&password[$ne]=x' }));
    expect(result.findings).toEqual([expect.objectContaining({ location: 'query', name: 'password[$ne]' })]);
    expect(result.classes).toContain('nosqli');
  });

  it('inspects each cookie value under its own name', () => {
    const result = inspectRequest(
      request({ headers: { cookie: 'theme=dark; pref=../../../../etc/shadow' } }),
    );
    expect(result.findings.map((f) => f.name)).toEqual(['cookie:pref']);
  });

  it('skips well-known headers whose values are fixed-format or credentials', () => {
    const result = inspectRequest(
      request({
        headers: { accept: '<script>', authorization: "Bearer ' or 1=1 --", 'sec-fetch-dest': '../..' },
      }),
    );
    expect(result.verdict).toBe('allow');
  });

  it('reads repeated headers given as arrays', () => {
    const result = inspectRequest(
      request({ headers: { 'x-forwarded-host': ['good.example', '<svg onload=alert(1)>'] } }),
    );
    expect(result.findings).toHaveLength(1);
  });

  it('walks JSON bodies: keys and string values, arrays included', () => {
    const result = inspectRequest(request({ body: { items: [{ ok: 'fine' }, { $where: 'sleep(5000)' }] } }));
    const names = result.findings.map((f) => f.name);
    expect(names).toContain('items[1].$where (key)');
    expect(names.every((n) => n.startsWith('items[1].'))).toBe(true);
    const text = inspectRequest(request({ body: '<!--#exec cmd="id" -->' }));
    expect(text.findings).toEqual([
      expect.objectContaining({ location: 'body', name: '', classes: expect.arrayContaining(['ssi']) }),
    ]);
  });

  it('never blocks on score-only fields, but still flags them', () => {
    const payload = { message: "Why does `' OR 1=1 --` log everyone in? Also <script>alert(1)</script>" };
    expect(inspectRequest(request({ body: payload })).verdict).toBe('block');
    const chat = inspectRequest(request({ body: payload }), { scoreOnlyFields: ['message'] });
    expect(chat.verdict).toBe('flag');
    expect(chat.findings).toEqual([expect.objectContaining({ name: 'message', scoreOnly: true })]);
  });

  it('applies score-only to everything nested under the field', () => {
    const body = { messages: [{ role: 'user', content: "'; DROP TABLE users; --" }] };
    expect(inspectRequest(request({ body }), { scoreOnlyFields: ['messages'] }).verdict).toBe('flag');
    expect(inspectRequest(request({ body }), { scoreOnlyFields: ['content'] }).verdict).toBe('flag');
  });

  it('still blocks when another field carries the attack', () => {
    const body = { message: '<script>alert(1)</script>', title: "x' union select password from users --" };
    expect(inspectRequest(request({ body }), { scoreOnlyFields: ['message'] }).verdict).toBe('block');
  });

  it('bounds the body walk by depth and string count', () => {
    const detector = createAttackDetector({ maxBodyDepth: 3, maxBodyStrings: 10 });
    const deep = { a: { b: { c: { d: '<script>alert(1)</script>' } } } };
    expect(detector.inspectRequest(request({ body: deep })).verdict).toBe('allow');
    const many = { list: [...Array.from({ length: 20 }, () => 'fine'), '<script>alert(1)</script>'] };
    expect(detector.inspectRequest(request({ body: many })).verdict).toBe('allow');
    expect(inspectRequest(request({ body: many })).verdict).toBe('block');
  });

  it('bounds the characters inspected per request', () => {
    const detector = createAttackDetector({ maxRequestChars: 1000 });
    const body = { first: 'x'.repeat(1000), second: '<script>alert(1)</script>' };
    expect(detector.inspectRequest(request({ body })).verdict).toBe('allow');
  });
});
