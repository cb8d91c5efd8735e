import { type Rule, rule, WEIGHT } from './types.js';

const { critical, error, warning } = WEIGHT;

// Top-level directories of Unix, macOS and Windows systems (and common web roots): a parameter value
// that is an absolute path into one of these is a file-inclusion probe.
const SYSTEM_DIRS =
  '(?:etc|proc|var|usr|opt|root|home|private|sys|boot|dev|tmp|bin|sbin|lib|lib64|srv|mnt|applications|volumes|library|system|users|export|apache2?|xampp|wamp|inetpub|htdocs|u01|oracle|windows|winnt|program ?files(?: \\(x86\\))?|programdata|documents and settings|php[45]?|mysql|perl|nginx|tomcat[0-9]?|usr\\/local)';

// Files whose names alone say what is being fetched (credentials, server config, logs, shell history).
const SENSITIVE_FILES =
  '(?:\\.htaccess|\\.htpasswd|\\.bash_history|\\.sh_history|\\.zsh_history|\\.mysql_history|\\.bashrc|\\.bash_profile|\\.profile|\\.ssh\\/|id_rsa|id_dsa|id_ecdsa|id_ed25519|authorized_keys|known_hosts|\\.git\\/|\\.svn\\/|\\.env|\\.ds_store|web\\.config|wp-config\\.php|config\\.inc\\.php|configuration\\.php|localsettings\\.php|php\\.ini|my\\.cnf|my\\.ini|httpd\\.conf|httpd-[a-z]{2,10}\\.conf|apache2?\\.conf|nginx\\.conf|access[_.-]log|error[_.-]log|tomcat-users\\.xml|server\\.xml|web\\.xml|ntuser\\.dat|boot\\.ini|win\\.ini|system\\.ini|autoexec\\.bat|unattend\\.xml|sysprep\\.inf|pagefile\\.sys)';

/** Path traversal (`../` and its evasions; decoding has already turned `%2e%2e%2f` and kin into `../`). */
export const TRAVERSAL_RULES: readonly Rule[] = [
  rule('traversal-dotdot-slash', 'traversal', warning, 'path', /\.\.\//),
  rule('traversal-repeated', 'traversal', critical, 'path', /\.\.\/\S{0,12}\.\.\/|\.\.\/\.\.\b/),
  rule('traversal-leading', 'traversal', error, 'path', /^\s?\/{0,3}\.{2,}\//, true),
  rule('traversal-tomcat', 'traversal', critical, 'path', /\.\.;\//),
  rule('traversal-dotdot-end', 'traversal', warning, 'path', /(?:^|\/)\.\.(?:$|[?#;%\s])/),
  // Three dots are enough: any longer run ends in the same three (an unbounded run here is quadratic).
  rule('traversal-multidot', 'traversal', error, 'path', /\.\.\.\/|\/\.\.\./),
  rule('traversal-dot-segments', 'traversal', warning, 'path', /(?:\/\.){3}|(?:\.\/){3}/),
  rule(
    'traversal-to-sensitive',
    'traversal',
    critical,
    'path',
    new RegExp(
      `\\.\\.\\/(?:[\\w.-]{0,20}\\/){0,6}(?:${SENSITIVE_FILES}|etc\\/|windows\\/|winnt\\/|proc\\/|var\\/)`,
    ),
  ),
];

/** Local (and remote) file inclusion: sensitive absolute paths, files and stream wrappers. */
export const LFI_RULES: readonly Rule[] = [
  rule(
    'lfi-unix-system-file',
    'lfi',
    critical,
    'path',
    /\/etc\/(?:passwd|shadow|group|hosts|issue|motd|fstab|crontab|sudoers|hostname|resolv\.conf|master\.passwd|security\/|httpd\/|apache2?\/|nginx\/|mysql\/|php[\d.]{0,4}\/|ssh\/|profile|bashrc|environment|inetd\.conf|init\.d\/|pam\.d\/|proftpd|vsftpd|samba\/|redhat-release|lsb-release|os-release|debian_version|inittab|mtab|syslog|logrotate|cron|shells|login\.defs|nsswitch\.conf|sysconfig\/|my\.cnf|ld\.so)/,
  ),
  // The directory names survive any separator encoding the decoder does not know (`etc%bg%qfpasswd`).
  rule(
    'lfi-system-file-any-separator',
    'lfi',
    error,
    'path',
    /etc[^\s]{1,10}(?:passwd|shadow|issue|hosts|group)\b|\b(?:windows|winnt)[^\s]{1,10}(?:system32|repair|win\.ini)\b/,
  ),
  rule(
    'lfi-proc',
    'lfi',
    critical,
    'path',
    /\/proc\/(?:self|\d{1,7}|version|cmdline|mounts|net|sched_debug)\b/,
  ),
  rule(
    'lfi-log-path',
    'lfi',
    error,
    'path',
    /(?:^|[^\w])\/var\/(?:log|www|lib|mail|spool|run|adm|apache|lighttpd)\//,
  ),
  rule(
    'lfi-absolute-system-path',
    'lfi',
    error,
    'path',
    new RegExp(`^\\s?(?:[a-z]:)?\\/{1,3}${SYSTEM_DIRS}(?:\\/|$)`),
    true,
  ),
  rule('lfi-drive-path', 'lfi', error, 'path', /^\s?[a-z]:\/[a-z]/, true),
  rule(
    'lfi-windows-system',
    'lfi',
    critical,
    'path',
    /\/(?:windows|winnt)\/(?:system32|syswow64|repair|system|debug|panther|win\.ini|php\.ini|temp|inf|iis\d)\b|\/system32\/(?:config|drivers|inetsrv|logfiles)\b|\b(?:boot|win|system)\.ini\b/,
  ),
  rule(
    'lfi-sensitive-file',
    'lfi',
    error,
    'path',
    new RegExp(`(?:^|[/'"=:])${SENSITIVE_FILES}(?:$|[\\s'";?&#%)])`),
  ),
  rule(
    'lfi-credential-file',
    'lfi',
    error,
    'path',
    /\/(?:shadow|passwd|sam|hosts|group|security|software|system)(?:$|[\s'";?&#%)])/,
  ),
  rule(
    'lfi-stream-wrapper',
    'lfi',
    critical,
    'decoded',
    /\b(?:php|zip|phar|expect|glob|compress\.zlib|compress\.bzip2|ogg|rar|ssh2(?:\.[a-z]{3,7})?|zlib|jar|netdoc):\/\//,
  ),
  rule(
    'lfi-php-filter',
    'lfi',
    critical,
    'decoded',
    /\bphp:\/\/(?:filter|input|stdin|memory|temp|fd)\b|\bresource\s?=\s?(?:php|file|\/)/,
  ),
  rule('lfi-file-url', 'lfi', error, 'decoded', /\b(?:file|gopher|dict|tftp|ldap):\/\//),
  rule('lfi-data-uri', 'lfi', warning, 'decoded', /\bdata:[a-z/+.-]{0,30};base64,/),
  rule(
    'lfi-sensitive-suffix',
    'lfi',
    warning,
    'path',
    /\.(?:ini|conf|cnf|log|bak|old|passwd|htpasswd|inc|cfg|swp)(?:$|[?#;])/,
    true,
  ),
];
