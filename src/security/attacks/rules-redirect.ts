import { type Rule, rule, WEIGHT } from './types.js';

const { error, warning, notice } = WEIGHT;

// Parameters web apps read a redirect target from.
const REDIRECT_PARAMS =
  '(?:url|uri|next|redirect|redirect_uri|redirect_url|redir|rurl|return|returnto|return_to|returnurl|continue|dest|destination|goto|target|to|out|forward|callback|checkout_url|image_url|login_url|logout|view|go)';

/** Open redirect: values built to be used as a redirect target that leaves the site. */
export const OPEN_REDIRECT_RULES: readonly Rule[] = [
  rule('open_redirect-protocol-relative', 'open_redirect', warning, 'decoded', /^\s?[/\\]\s?[/\\]/, true),
  rule(
    'open_redirect-slashed-scheme',
    'open_redirect',
    error,
    'decoded',
    /^\s?[/\\]{1,8}\s?(?:https?|javascript|data|ftp):/,
    true,
  ),
  rule(
    'open_redirect-userinfo',
    'open_redirect',
    warning,
    'decoded',
    /^\s?(?:[a-z]{2,10}:[/\\]{0,8}|[/\\]{1,8})[^/\\\s@]{1,30}@/,
    true,
  ),
  // Hosts written so that an allow-list comparing strings misses them: hex, octal or dword IPv4,
  // octets over 255, IPv4 inside IPv6.
  rule(
    'open_redirect-numeric-host',
    'open_redirect',
    error,
    'decoded',
    /(?:\/\/|@)(?:(?:0x[0-9a-f]{1,8}|\d{1,10})\.){0,3}(?:0x[0-9a-f]{1,8}|0\d{1,10}|\d{4,10}|25[6-9]|2[6-9]\d|[3-9]\d\d)(?:\.(?:0x[0-9a-f]{1,8}|\d{1,10})){0,3}(?:[/:?#\]]|$)|\[(?:[0-9a-f]{0,4}:){2,6}\d{1,3}(?:\.\d{1,3}){3}\]/,
  ),
  rule(
    'open_redirect-odd-authority',
    'open_redirect',
    warning,
    'decoded',
    // Only URL schemes a browser follows: `chat:use`-style values (permission names, times) are not URLs.
    /^\s?(?:https?|ftps?|wss?|javascript|vbscript|data|file|gopher|jar|dict|ldap|tftp):(?:[^/\s]|\/[^/\s]|[/\\]{2,}[\s\\/])/,
    true,
  ),
  rule(
    'open_redirect-backslash-authority',
    'open_redirect',
    warning,
    'decoded',
    /^\s?(?:https?:)?\/\/[^/?#\s]{1,30}\\/,
    true,
  ),
  rule(
    'open_redirect-redirect-param',
    'open_redirect',
    warning,
    'decoded',
    new RegExp(`[?&]${REDIRECT_PARAMS}=\\s?(?:[a-z]{2,10}:)?[/\\\\]{2}`),
  ),
  // Characters some back ends normalise to `/` (kana iteration marks, the long-vowel mark).
  rule(
    'open_redirect-slash-lookalike',
    'open_redirect',
    warning,
    'decoded',
    /(?:^|\/)[\u3031\u3035\u309d\u309e\u30fc\u30fd\u30fe][a-z0-9]/,
  ),
  rule(
    'open_redirect-junk-then-host',
    'open_redirect',
    warning,
    'decoded',
    /^\s?[/\\]?[<>.]{1,3}[/\\]{2}[a-z0-9]/,
    true,
  ),
  rule(
    'open_redirect-domain-path',
    'open_redirect',
    notice,
    'decoded',
    /^\s?\/[a-z0-9-]{1,30}\.(?:com|net|org|io|tld)\b/,
    true,
  ),
];

/** Encoding tricks no browser or honest client produces. */
export const EVASION_RULES: readonly Rule[] = [
  rule('evasion-null-byte', 'evasion', warning, 'signals', /\bnull\b/),
  rule('evasion-overlong-utf8', 'evasion', WEIGHT.critical, 'signals', /\boverlong\b/),
  rule('evasion-iis-unicode', 'evasion', warning, 'signals', /\bunicode\b/),
  rule('evasion-multiple-encoding', 'evasion', notice, 'signals', /\bmulti\b/),
  // Browsers never percent-encode letters and digits; three in a row is hiding a word from filters.
  rule(
    'evasion-encoded-alphanumerics',
    'evasion',
    warning,
    'raw',
    /(?:%(?:25)?(?:3[0-9]|[46][1-9a-f]|[57][0-9a])){3}/,
  ),
];

/** Attacks hidden in a base64 value (the `base64` view): nothing legitimate base64-encodes these. */
export const BASE64_RULES: readonly Rule[] = [
  rule('base64-traversal', 'traversal', WEIGHT.critical, 'base64', /\.\.\//),
  rule(
    'base64-lfi',
    'lfi',
    WEIGHT.critical,
    'base64',
    /\/etc\/|\/proc\/|boot\.ini|win\.ini|php:\/\/|file:\/\//,
  ),
  rule('base64-xss', 'xss', WEIGHT.critical, 'base64', /<script|javascript:|\bon(?:error|load)\s?=/),
  rule(
    'base64-sqli',
    'sqli',
    WEIGHT.critical,
    'base64',
    /\bunion\s(?:all\s)?select\b|'\s?or\s?'|\bsleep\s?\(\s?\d/,
  ),
  rule('base64-cmdi', 'cmdi', WEIGHT.critical, 'base64', /[;|&`]\s?(?:id|ls|cat|whoami|uname|wget|curl)\b/),
];
