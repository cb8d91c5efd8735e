import { type Rule, rule, WEIGHT } from './types.js';

const { critical, error, warning, notice } = WEIGHT;

// Shell commands an injected payload typically runs. A command name alone is no signal (chat text says
// "ping" and "cat"); it counts after a shell separator, inside backticks or `$( )`.
const COMMANDS =
  '(?:cat|ls|id|whoami|uname|ping|nc|ncat|netcat|wget|curl|bash|sh|zsh|ksh|csh|python[23]?|perl|ruby|php|nslookup|dig|ifconfig|ipconfig|net|netstat|netsh|dir|echo|sleep|timeout|powershell|cmd|certutil|telnet|rm|chmod|chown|mkfifo|sysinfo|systeminfo|hostname|pwd|env|ver|tasklist|ps|kill|uptime|who|xterm|nohup|exec|eval|base64|tftp|ftp|ssh|gcc|awk|sed|lsb_release|route|arp|traceroute|tracert|nmap|reboot|shutdown|passwd|useradd|crontab|wmic|reg|taskkill|del|copy|getmac|false|sysctl|phpinfo)';
// Commands that are not also everyday words, for rules without a separator in front.
const STRONG_COMMANDS =
  '(?:cat|ls|id|whoami|uname|ping|nc|ncat|netcat|wget|curl|bash|sh|zsh|nslookup|ifconfig|ipconfig|netstat|systeminfo|sysinfo|tasklist|hostname|pwd|certutil|powershell|cmd|phpinfo|sleep|echo|dir)';
const AFTER = '(?:[\\s;|&`\'"<>)]|$)';

/** OS command injection (and server-side code execution, which ends in a command). */
export const CMDI_RULES: readonly Rule[] = [
  // `\n` written out (two characters) is how payload lists carry a newline; encoded ones are in the `crlf` view.
  rule(
    'cmdi-separator-command',
    'cmdi',
    error,
    'decoded',
    new RegExp(`(?:[;|&]|\\$\\(|\\|\\||&&|\\\\[nr])\\s?(?:/[a-z/]{1,20}/)?${COMMANDS}${AFTER}`),
  ),
  rule(
    'cmdi-newline-command',
    'cmdi',
    error,
    'crlf',
    new RegExp(`[\\r\\n]\\s?(?:/[a-z/]{1,20}/)?${COMMANDS}${AFTER}`),
  ),
  rule('cmdi-leading-separator', 'cmdi', warning, 'decoded', /^\s?(?:[;|&`]|\$\(|\|\||&&)\s?[a-z/.{]/, true),
  rule(
    'cmdi-quoted-command',
    'cmdi',
    warning,
    'decoded',
    new RegExp(`^\\s?['"]\\s?${STRONG_COMMANDS}${AFTER}`),
    true,
  ),
  rule(
    'cmdi-command-line',
    'cmdi',
    warning,
    'decoded',
    new RegExp(`^\\s?\\+?${STRONG_COMMANDS}(?:\\.exe)?[\\s+](?:-{1,2}[a-z]{1,10}|\\/[a-z]{0,20}|[a-z]:)`),
    true,
  ),
  rule('cmdi-backtick', 'cmdi', notice, 'decoded', new RegExp(`\`\\s?${COMMANDS}\\b[^\`]{0,30}\``)),
  rule(
    'cmdi-backtick-value',
    'cmdi',
    error,
    'decoded',
    new RegExp(`^[^\`a-z0-9]{0,10}\`\\s?${COMMANDS}\\b[^\`]{0,30}\``),
    true,
  ),
  rule('cmdi-subshell', 'cmdi', error, 'decoded', new RegExp(`\\$\\(\\s?${COMMANDS}${AFTER}`)),
  rule('cmdi-ifs', 'cmdi', critical, 'decoded', /\$\{?ifs\b|\$\{path:0:1\}|\$\{home:0:1\}/),
  rule(
    'cmdi-unix-binary',
    'cmdi',
    notice,
    'path',
    /\/(?:usr\/)?(?:local\/)?s?bin\/(?:sh|bash|zsh|ksh|csh|ls|cat|id|nc|ncat|netcat|ping|sleep|wget|curl|uname|whoami|echo|perl|python[23]?|busybox|rm|chmod)\b/,
  ),
  rule(
    'cmdi-windows-shell',
    'cmdi',
    critical,
    'decoded',
    /\bcmd(?:\.exe)?\s?\/[ck]\b|\bpowershell(?:\.exe)?\s(?:-|iex|invoke)/,
  ),
  rule(
    'cmdi-reverse-shell',
    'cmdi',
    critical,
    'decoded',
    /\bnc(?:at)?\s-[a-z]{0,4}[el]\b|\s-e\s?\/bin\/(?:ba|z|k)?sh\b|\/dev\/(?:tcp|udp)\/|\bmkfifo\s|\bbash\s-i\b/,
  ),
  rule(
    'cmdi-interpreter-inline',
    'cmdi',
    warning,
    'decoded',
    /\b(?:perl|ruby)\s-e\b|\bpython[23]?\s-c\b|\bphp\s-r\b/,
  ),
  rule(
    'cmdi-windows-command',
    'cmdi',
    error,
    'decoded',
    /\bnet\s(?:user|localgroup)\b|\b(?:type|dir)\s[a-z]:\\|\breg(?:\.exe)?\s(?:add|delete|query)\s['"]?hk(?:lm|cu|ey_)/,
  ),
  rule(
    'cmdi-php-tag',
    'cmdi',
    critical,
    'decoded',
    /<\?php\b|<\?=|<\?\s?(?:echo|print|system|exec|eval|include|require|passthru|\$)\b/,
  ),
  rule(
    'cmdi-php-exec',
    'cmdi',
    error,
    'decoded',
    /\b(?:system|exec|passthru|shell_exec|popen|proc_open|pcntl_exec|assert|eval)\s?\(\s?\$_(?:get|post|request|cookie|server)\b|\b(?:phpinfo|phpversion|php_uname|get_current_user)\s?\(\s?\)/,
  ),
  rule(
    'cmdi-php-complex-syntax',
    'cmdi',
    critical,
    'decoded',
    /\$\{\s?@?(?:print|system|eval|exec|sleep|phpinfo|passthru|md5|shell_exec)\s?\(/,
  ),
  rule(
    'cmdi-code-exec-call',
    'cmdi',
    notice,
    'decoded',
    /(?:^|[;|&{}\s])(?:system|exec|passthru|shell_exec|popen|proc_open)\s?\(\s?['"]/,
  ),
  rule(
    'cmdi-code-exec-command',
    'cmdi',
    error,
    'decoded',
    new RegExp(
      `(?:^|[^\\w.])(?:system|exec|passthru|shell_exec|popen|proc_open|eval)\\s?\\(\\s?['"]\\s?${STRONG_COMMANDS}${AFTER}`,
    ),
  ),
  rule(
    'cmdi-ping-probe',
    'cmdi',
    warning,
    'decoded',
    /\bping(?:\.exe)?\s(?:-[nc]\s?\d{1,4}\s)?(?:\d{1,3}\.){3}\d{1,3}|\bsleep\s\d{1,4}\s?(?:[;|&`]|$)/,
  ),
  rule(
    'cmdi-fetch-remote',
    'cmdi',
    warning,
    'decoded',
    /\b(?:wget|curl)\s(?:-[a-z]{1,3}\s){0,3}['"]?(?:https?|ftp):\/\//,
  ),
  // Terminal escape sequences written out (`\033[2A`): log and terminal injection.
  rule('cmdi-terminal-escape', 'cmdi', notice, 'raw', /\\(?:033|x1b|u001b|e)\[|%1b\[/),
];

/** Server-side template injection. */
export const SSTI_RULES: readonly Rule[] = [
  // `compact` view: payloads pad the dunders with spaces (`.__ class __`).
  rule(
    'ssti-python-gadget',
    'ssti',
    critical,
    'compact',
    /__(?:class|init)__\.__(?:mro|base|bases|globals|subclasses)__|__subclasses__\(|__globals__|__builtins__\[|\|attr\(['"]__/,
  ),
  rule(
    'ssti-arithmetic-probe',
    'ssti',
    critical,
    'decoded',
    /(?:\{\{|\$\{|#\{|\{%|<%=?|\[\[|\[=|@\()\s?\d{1,6}\s?[*+]\s?['"]?\d{1,6}/,
  ),
  rule(
    'ssti-template-object',
    'ssti',
    critical,
    'decoded',
    /(?:\{\{|\{%|\$\{|#\{|<%=?)[^}]{0,30}?\b(?:self|config|request|cycler|joiner|lipsum|namespace|settings|_self|application|runtime|getclass|forname|getruntime|processbuilder|popen|__import__|os\.system)\b|\{\$?smarty\.|\{php\}/,
  ),
  rule(
    'ssti-java-el',
    'ssti',
    critical,
    'decoded',
    /\bt\s?\(\s?java\.lang\.|java\.lang\.(?:runtime|processbuilder|system)|\.getclass\s?\(\s?\)\s?\.\s?forname|freemarker\.template\.utility\.execute|\?new\s?\(\s?\)|\$class\.inspect|\bnew\s(?:java\.)?(?:lang\.)?processbuilder/,
  ),
  rule(
    'ssti-directive',
    'ssti',
    error,
    'decoded',
    /[[<]#assign\b|#set\s?\(\s?\$|#foreach\s?\(|\{%\s?(?:import|include|set|for|if|debug)\b/,
  ),
  rule(
    'ssti-filter-exec',
    'ssti',
    critical,
    'decoded',
    /\|\s?(?:filter|map|reduce|sort)\s?\(\s?['"](?:system|exec|passthru|shell_exec|popen)/,
  ),
  rule('ssti-expression', 'ssti', notice, 'decoded', /(?:\{\{|\$\{|#\{)[^}]{0,30}\}/),
  rule('ssti-template-delims-call', 'ssti', warning, 'decoded', /(?:\{\{|\$\{)[^}]{0,30}\(\s?\)[^}]{0,10}\}/),
  rule('ssti-server-page-tag', 'ssti', warning, 'decoded', /<%=?\s?[^%]{1,30}%>/),
];
