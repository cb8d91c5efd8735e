import { type Rule, rule, WEIGHT } from './types.js';

const { critical, error, warning, notice } = WEIGHT;

// Query-language injection: SQL, NoSQL (MongoDB operators), LDAP filters, XPath.
// SQL rules run on the `sql` view, where comments are folded and whitespace is one space, so
// `UN/**/ION SEL%0bECT` tricks are gone; gaps between keywords are bounded ({0,30}) to stay linear.

/** SQL injection signatures. */
export const SQLI_RULES: readonly Rule[] = [
  rule('sqli-union-select', 'sqli', critical, 'sql', /\bunion[\s(]{0,5}(?:all|distinct)?[\s(]{0,5}select\b/),
  // A short prefix, then a quote/paren break-out, then SQL: the shape of almost every sqlmap payload.
  rule(
    'sqli-breakout-prefix',
    'sqli',
    critical,
    'sql',
    /^[\w.%@-]{0,20} ?['"`)][\s'"`)]{0,6}(?:or|and|xor|not|union|order|group|having|procedure|where|as|limit|into|select|waitfor|rlike|like|regexp|div|;|--|\|\||&&|\+|\||=)(?:\b|[\s(@'"`-])/,
    true,
  ),
  rule(
    'sqli-number-breakout',
    'sqli',
    error,
    'sql',
    /^[-+]?\d{1,12}[\s)]{0,6}(?:or|and|xor|union|order by|group by|procedure|having|where|limit|as [a-z]{1,10} where)\b/,
    true,
  ),
  rule(
    'sqli-tautology',
    'sqli',
    critical,
    'sql',
    /\b(?:or|and|xor|where|having|not)\b[\s(]{0,5}[-+]?\d{1,12}(?:=|<>|!=|<=|>=| like | rlike | regexp )\(?[-+]?\d|\b(?:if|elt|iif|when)\s?\(?\s?\d{1,12}\s?=\s?\d/,
  ),
  // The same with spaces around the operator reads like arithmetic in prose ("and 10 > 5"): flag only.
  rule(
    'sqli-tautology-spaced',
    'sqli',
    warning,
    'sql',
    /\b(?:or|and|xor|where|having)\b[\s(]{0,5}[-+]?\d{1,12} ?(?:=|<>|!=) ?\(?[-+]?\d/,
  ),
  rule(
    'sqli-string-tautology',
    'sqli',
    critical,
    'sql',
    /['"`][\s)]{0,5}\b(?:or|and|xor)\b[\s(]{0,5}['"`]?[\w]{0,20}['"`]?\s?(?:=|<>|!=|<=?|>=?|like)\s?\(?\s?['"`\d]/,
  ),
  rule(
    'sqli-quoted-equality',
    'sqli',
    critical,
    'sql',
    /\b(?:or|and)\s?['"]\w{0,10}['"]\s?(?:=|<>|!=|like)\s?['"]\w{0,10}/,
  ),
  rule('sqli-subquery-compare', 'sqli', critical, 'sql', /(?:=|\bin|\bexists|\bnot|\+|\|\|)\s?\(\s?select\b/),
  rule(
    'sqli-time-function',
    'sqli',
    critical,
    'sql',
    /\b(?:pg_sleep|benchmark\s?\(\s?\d|waitfor delay\b|dbms_pipe\.receive_message|dbms_lock\.sleep|randomblob\s?\(|generate_series\s?\(|sleep\s?\(\s?\d{1,9}\s?\)\s?(?:#|--|and|or|\)|'|"|=))/,
  ),
  rule(
    'sqli-keyword-sleep',
    'sqli',
    critical,
    'decoded',
    /\b(?:and|or|xor|by|rlike|like|not|if|when|then|select)\s?\(?\s?(?:sleep|benchmark|pg_sleep)\s?\(\s?\d/,
  ),
  rule(
    'sqli-identifier-tautology',
    'sqli',
    warning,
    'sql',
    /(?:\b|\d)or\s?(?:[a-z]{1,3}|\d{1,3})\s?=\s?(?:[a-z]{1,3}|\d{1,3})(?:\s|$|;)/,
  ),
  rule(
    'sqli-mssql-batch',
    'sqli',
    critical,
    'sql',
    /\bdeclare\s@[\w]{1,30}\s(?:n?varchar|n?char|int|sysname)\b|\bexec(?:ute)?\s?\(\s?@|\bbackup\sdatabase\b|\bidentified\sby\b|\bgrant\s(?:connect|resource|dba|all)\b/,
  ),
  rule('sqli-sleep', 'sqli', notice, 'sql', /(?:^|[^\w.])sleep\s?\(\s?\d/),
  rule(
    'sqli-system-catalog',
    'sqli',
    critical,
    'sql',
    /\b(?:information_schema|sysobjects|syscolumns|sysdatabases|sysusers|mysql\.user|pg_shadow|pg_catalog|pg_user|all_tables|all_users|user_tables|user_objects|sqlite_master|msysobjects|msysaccessobjects|rdb\$[a-z]{3,20}|domain\.(?:domains|columns|tables)|sys\.(?:databases|tables|objects|sql_logins)|sysibm\.|syscat\.|pg_group\b|master\.\.|from dual\b)/,
  ),
  rule(
    'sqli-attack-function',
    'sqli',
    critical,
    'sql',
    /\b(?:extractvalue|updatexml|load_file|xmltype|make_set|exp\s?\(\s?~|utl_inaddr\.|utl_http\.|ctxsys\.|dbms_[a-z_]{3,20}\.|sys_context|regexp_substring|json_keys)\s?\(|@@(?:version|hostname|datadir|basedir|servername)\b|\binto (?:out|dump)file\b/,
  ),
  rule(
    'sqli-char-concat',
    'sqli',
    error,
    'sql',
    /\b(?:char|chr|nchar)\s?\(\s?\d{1,5}\s?\)\s?(?:\|\||\+|,|&)/,
  ),
  rule('sqli-hex-literal', 'sqli', notice, 'sql', /\b0x[0-9a-f]{8,}\b/),
  rule(
    'sqli-stacked-query',
    'sqli',
    error,
    'sql',
    /;\s?(?:drop|delete|insert|update|truncate|alter|create|exec|execute|declare|shutdown|select|waitfor|if|begin|desc|grant)\s[\w@(*]/,
  ),
  rule(
    'sqli-mssql-proc',
    'sqli',
    critical,
    'sql',
    /\b(?:xp_cmdshell|sp_executesql|sp_password|sp_oacreate|xp_regread|xp_dirtree|sp_makewebtask|openrowset|opendatasource)\b/,
  ),
  rule('sqli-order-by-number', 'sqli', warning, 'sql', /\b(?:order|group) by \d{1,3}\b/),
  rule(
    'sqli-select-probe',
    'sqli',
    warning,
    'sql',
    /\bselect\s?(?:null\b|\d{1,10}\s?(?:,|--|from|$)|count\s?\(\s?\*\s?\) from [\w.$]{1,30} (?:as|t\d)|case when|char\s?\(|@@|version\s?\(|user\s?\(|database\s?\(|\(\s?case|current_(?:user|setting|database|schema)\b|session_user\b|system_user\b)/,
  ),
  rule('sqli-select-from', 'sqli', notice, 'sql', /\bselect\b[^;]{1,30}\bfrom\b/),
  rule('sqli-case-when', 'sqli', warning, 'sql', /\bcase when\b[^;]{1,30}\bthen\b/),
  rule('sqli-quote-comment-end', 'sqli', warning, 'decoded', /['"`)]\s?(?:--|#|\/\*)[^'"`]{0,30}$/),
  rule(
    'sqli-quote-keyword',
    'sqli',
    warning,
    'sql',
    /['"`](?:[\s)(]{1,5}|\s?;\s?)(?:union|select|drop|exec|waitfor|declare|order by|group by|insert into|delete from|grant)\b/,
  ),
  rule(
    'sqli-quote-concat',
    'sqli',
    error,
    'decoded',
    /['"`]\s?(?:\|\||\+)\s?\(?\s?(?:select|char|chr|concat)\b/,
  ),
  rule('sqli-like-quote', 'sqli', warning, 'sql', /['"`]\s?(?:like|rlike|regexp|sounds like)\s?['"`(]/),
  rule('sqli-mysql-comment', 'sqli', error, 'raw', /\/\*!/),
  rule(
    'sqli-inline-comment-keyword',
    'sqli',
    warning,
    'decoded',
    /\/\*[^*]{0,30}\*\/\s?(?:union|select|from|where|and|or)\b|\b(?:union|select|and|or)\/\*/,
  ),
];

/** MongoDB-style operator injection. */
export const NOSQLI_RULES: readonly Rule[] = [
  rule(
    'nosqli-operator',
    'nosqli',
    error,
    'decoded',
    /[[{,&]\s?['"]?[$&](?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|or|and|not|nor|expr|elemmatch|size|type|mod|all|comment|function|accumulator|jsonschema)\b/,
  ),
  rule(
    'nosqli-operator-bare',
    'nosqli',
    warning,
    'decoded',
    /(?:^|[\s,'"])\$(?:ne|gt|gte|lt|lte|nin|regex|where|exists|elemmatch|expr)\b\s?['"]?\s?:/,
  ),
  rule('nosqli-where', 'nosqli', critical, 'decoded', /\$where\b/),
  rule(
    'nosqli-this-match',
    'nosqli',
    critical,
    'decoded',
    /\bthis\.[a-z_]{1,30}\.match\s?\(|['"]\s?&&\s?this\./,
  ),
  rule(
    'nosqli-db-call',
    'nosqli',
    notice,
    'decoded',
    /\bdb\.[a-z_]{1,30}\.(?:insert|find|remove|drop|update|mapreduce)\s?\(/,
  ),
  rule(
    'nosqli-js-return',
    'nosqli',
    error,
    'decoded',
    /(?:^|['";])\s?;?\s?return\s?\(?\s?(?:true|1|'a'\s?==)|\|\|\s?['"]?1['"]?\s?==\s?['"]?1/,
  ),
  rule(
    'nosqli-js-sleep',
    'nosqli',
    error,
    'decoded',
    /['"];\s?(?:sleep\s?\(\s?\d|it\s?=\s?new date|while\s?\(|do\s?\{)/,
  ),
];

/** LDAP filter injection. */
export const LDAPI_RULES: readonly Rule[] = [
  rule('ldapi-filter-op', 'ldapi', error, 'decoded', /\(\s?[|&!]\s?\(?\s?[a-z]{1,30}\s?[~<>]?=/),
  rule('ldapi-filter-close-open', 'ldapi', warning, 'decoded', /\)\s?\(\s?[a-z]{1,30}\s?[~<>]?=/),
  rule('ldapi-wildcard-close', 'ldapi', error, 'decoded', /\*\s?\)\s?\(\s?[|&!a-z(]|\*\s?\)\s?\)/),
  rule(
    'ldapi-attribute-wildcard',
    'ldapi',
    warning,
    'decoded',
    /\(\s?(?:objectclass|uid|cn|mail|userpassword|sn|ou|dc|samaccountname|givenname|memberof)\s?=\s?\*/,
  ),
  rule('ldapi-leading-wildcard', 'ldapi', warning, 'decoded', /^\*\s?[()|&]/, true),
];

/** XPath injection. */
export const XPATHI_RULES: readonly Rule[] = [
  rule('xpathi-count-root', 'xpathi', error, 'decoded', /\bcount\s?\(\s?\/|\bname\s?\(\s?\)\s?=\s?['"]/),
  rule(
    'xpathi-axis',
    'xpathi',
    warning,
    'decoded',
    /\/(?:child|descendant|descendant-or-self|parent|ancestor|following|preceding)::/,
  ),
  rule(
    'xpathi-string-probe',
    'xpathi',
    warning,
    'decoded',
    /\b(?:string-length|substring)\s?\(\s?(?:name|\/\/)/,
  ),
  rule('xpathi-union-path', 'xpathi', error, 'decoded', /['"]\s?\]\s?\|\s?\/\//),
];
