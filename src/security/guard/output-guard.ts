import { randomBytes } from 'node:crypto';
import { type RedactionCounts, redactCredentials } from '../../search/redact.js';

/** What the output guard found in a reply; for the security event, never for the client. */
export type OutputFinding =
  | 'canary_leak'
  | 'system_prompt_leak'
  | 'secret'
  | 'link_neutralised'
  | 'image_neutralised';

/** A reply after the guard: the text to send, and why it changed. */
export interface GuardedReply {
  readonly text: string;
  /** The whole reply was replaced (it leaked the canary or the system prompt). */
  readonly withheld: boolean;
  readonly findings: readonly OutputFinding[];
}

/** Output guard options. */
export interface OutputGuardOptions {
  /** Hosts links and images may point at (exact, or any subdomain of an entry). @default [] */
  readonly allowedHosts?: readonly string[];
  /** A query string longer than this neutralises a link even to an allowed host. @default 100 */
  readonly maxQueryChars?: number;
  /** Words in a row shared with the system prompt that count as leaking it. @default 12 */
  readonly leakWords?: number;
  /** Exact secret values of this server (API keys, key material) redacted wherever they appear. */
  readonly secrets?: readonly string[];
}

/** What the assistant says instead of a reply that leaked its instructions. */
export const WITHHELD_REPLY =
  'I cannot share that answer: it contained part of my instructions. Please rephrase your request.';

/** A random marker for one request's system prompt; a reply containing it is withheld. */
export function createCanary(): string {
  return `rmp-canary-${randomBytes(9).toString('hex')}`;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every run of `n` consecutive words of a text, joined, for leak matching in linear time. */
function shingles(text: string, n: number): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) out.add(list.slice(i, i + n).join(' '));
  return out;
}

// The target's characters exclude brackets and parentheses (one balanced pair is allowed, as in
// Wikipedia links), so a reply full of `[a](` fails at once instead of rescanning 2 KB from every start.
const MARKDOWN_LINK =
  /(!?)\[([^[\]\n]{0,500})\]\(\s{0,10}<?([^\s()[\]<>]{1,2048}(?:\([^\s()]{0,200}\)[^\s()[\]<>]{0,2048})?)>?(?:\s{1,10}"[^"\n]{0,200}")?\s{0,10}\)/g;
// Whatever the first pattern could not parse: any link target that names a host.
const LINK_TARGET = /\]\(\s{0,10}<?((?:[a-z][a-z0-9+.-]{0,20}:)?\/\/([^\s/?#()[\]<>@]{1,253}))/gi;
const HTML_IMAGE = /<img\b[^<>]{0,2000}>/gi;

/** The patterns, for the regex-safety test. */
export const OUTPUT_GUARD_PATTERNS: readonly RegExp[] = [MARKDOWN_LINK, LINK_TARGET, HTML_IMAGE];

/**
 * Checks a reply before it leaves: withholds it when it carries the request's canary or a long span
 * of the system prompt (prompt extraction), redacts credentials and this server's own secrets, and
 * neutralises Markdown images and links to hosts outside the allow-list or carrying long query strings
 * (data exfiltration through a URL the client would fetch).
 */
export function createOutputGuard(options: OutputGuardOptions = {}) {
  const allowed = (options.allowedHosts ?? []).map((h) => h.toLowerCase());
  const maxQueryChars = options.maxQueryChars ?? 100;
  const leakWords = options.leakWords ?? 12;
  if (!Number.isInteger(leakWords) || leakWords < 4) throw new Error('Output guard: leakWords must be >= 4');
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 12);

  function hostAllowed(host: string, extra: readonly string[]): boolean {
    const name = host.toLowerCase();
    return [...allowed, ...extra].some((h) => name === h || name.endsWith(`.${h}`));
  }

  function linkVerdict(url: string, extra: readonly string[]): 'keep' | 'drop' {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      // A relative link cannot carry data to another host.
      return url.startsWith('/') && !url.startsWith('//') ? 'keep' : 'drop';
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'drop';
    if (!hostAllowed(parsed.hostname, extra)) return 'drop';
    return parsed.search.length > maxQueryChars ? 'drop' : 'keep';
  }

  return {
    /**
     * Guards one reply. `systemPrompt` and `canary` are the request's; `sourceHosts` are hosts of the
     * turn's own sources, allowed for this reply.
     */
    check(
      reply: string,
      context: { canary?: string; systemPrompt?: string; sourceHosts?: readonly string[] },
    ): GuardedReply {
      const findings: OutputFinding[] = [];
      const squeezed = reply.toLowerCase().replace(/\s+/g, '');
      if (context.canary && squeezed.includes(context.canary.toLowerCase())) {
        return { text: WITHHELD_REPLY, withheld: true, findings: ['canary_leak'] };
      }
      if (context.systemPrompt) {
        const prompt = shingles(context.systemPrompt, leakWords);
        for (const shingle of shingles(reply, leakWords)) {
          if (prompt.has(shingle))
            return { text: WITHHELD_REPLY, withheld: true, findings: ['system_prompt_leak'] };
        }
      }
      let text = reply;
      for (const secret of secrets) {
        if (text.includes(secret)) {
          text = text.split(secret).join('[redacted]');
          findings.push('secret');
        }
      }
      const counts: RedactionCounts = {};
      text = redactCredentials(text, counts);
      if (Object.keys(counts).length > 0 && !findings.includes('secret')) findings.push('secret');
      const extra = context.sourceHosts ?? [];
      text = text.replace(MARKDOWN_LINK, (match, bang: string, label: string, url: string) => {
        if (linkVerdict(url, extra) === 'keep') return match;
        const host = hostOf(url);
        if (bang) {
          findings.push('image_neutralised');
          return `[image removed${host ? `: ${host}` : ''}]`;
        }
        findings.push('link_neutralised');
        return `${label} (link removed${host ? `: ${host}` : ''})`;
      });
      text = text.replace(LINK_TARGET, (match, target: string, host: string) => {
        if (linkVerdict(target.startsWith('//') ? `https:${target}` : target, extra) === 'keep') return match;
        findings.push('link_neutralised');
        return `](#link-removed:${host}`;
      });
      text = text.replace(HTML_IMAGE, () => {
        findings.push('image_neutralised');
        return '[image removed]';
      });
      return { text, withheld: false, findings: [...new Set(findings)] };
    },
  };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** The output guard's type. */
export type OutputGuard = ReturnType<typeof createOutputGuard>;
