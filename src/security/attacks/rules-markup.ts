import { type Rule, rule, WEIGHT } from './types.js';

const { critical, error, warning, notice } = WEIGHT;

// DOM event-handler attribute names (HTML, SVG, old IE), the usual XSS vector outside <script>.
const HANDLERS =
  'on(?:abort|activate|afterprint|afterupdate|animation[a-z]{0,9}|auxclick|before[a-z]{2,14}|begin|blur|bounce|canplay[a-z]{0,7}|cellchange|change|click|close|contextmenu|controlselect|copy|cuechange|cut|dataavailable|datasetc[a-z]{0,10}|dblclick|drag[a-z]{0,5}|drop|durationchange|emptied|end|ended|error[a-z]{0,6}|filterchange|finish|focus[a-z]{0,3}|formchange|forminput|fullscreen[a-z]{0,6}|hashchange|help|input|invalid|key[a-z]{2,5}|layoutcomplete|load[a-z]{0,14}|losecapture|message|mouse[a-z]{2,10}|move[a-z]{0,5}|mozfullscreen[a-z]{0,6}|offline|online|page[a-z]{3,4}|paste|pause|play[a-z]{0,4}|pointer[a-z]{2,12}|popstate|progress|propertychange|ratechange|readystatechange|repeat|reset|resize[a-z]{0,5}|rowenter|rowexit|rows[a-z]{5,8}|scroll[a-z]{0,3}|search|seek[a-z]{2,3}|select[a-z]{0,6}|show|stalled|start|stop|storage|submit|suspend|timeupdate|toggle|touch[a-z]{3,6}|transition[a-z]{3,6}|unload|volumechange|waiting|webkit[a-z]{3,24}|wheel|zoom)';

/** Cross-site scripting. */
export const XSS_RULES: readonly Rule[] = [
  rule('xss-script-tag', 'xss', critical, 'decoded', /<\s?\/?\s?script\b/),
  rule('xss-script-uri', 'xss', critical, 'compact', /(?:java|vb|live|ecma)script:|\bmocha:|data:text\/html/),
  rule('xss-event-handler', 'xss', critical, 'decoded', new RegExp(`[\\s"'/\`;]${HANDLERS}\\s?=`)),
  rule(
    'xss-generic-handler',
    'xss',
    warning,
    'decoded',
    /<[a-z][a-z0-9]{0,10}[\s/][^>]{0,30}\bon[a-z]{3,24}\s?=/,
  ),
  rule(
    'xss-dangerous-tag',
    'xss',
    error,
    'decoded',
    /<\s?(?:iframe|frame|frameset|object|embed|applet|meta|base|svg|math|isindex|bgsound|layer|ilayer|xss|vmlframe|plaintext|xmp|marquee|keygen|animate|handler|listener|template)\b/,
  ),
  // Markup in a parameter value: CRS flags these tags too. No space after `<`, so `a < b` is not a tag.
  rule(
    'xss-html-tag',
    'xss',
    warning,
    'decoded',
    /<\/?(?:a|abbr|address|area|article|aside|audio|b|bdo|blink|blockquote|body|br|button|canvas|caption|center|code|col|dd|del|dfn|div|dl|dt|em|fieldset|figure|font|footer|form|h[1-6]|head|header|hr|html|i|img|image|input|ins|kbd|label|legend|li|link|main|map|mark|menu|meter|nav|noscript|ol|optgroup|option|output|p|param|picture|pre|progress|q|s|samp|section|select|small|source|span|strike|strong|style|sub|summary|sup|table|tbody|td|textarea|tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr|x|feimage|svg:[a-z]{1,20}|set|use|rect|image)(?:[\s/>]|$)/,
  ),
  rule('xss-html-comment', 'xss', notice, 'decoded', /<!--|-->|<!\[endif\]|<!--\[if/),
  rule(
    'xss-tag-url-attribute',
    'xss',
    warning,
    'decoded',
    /<(?:a|img|image|link|iframe|frame|embed|object|script|base|form|input|video|audio|source|svg|use|meta|body|table|td|div)\s[^<>]{0,30}?\b(?:href|src|data|action|codebase|background|content|style)\s?=/,
  ),
  rule(
    'xss-style-attack',
    'xss',
    error,
    'decoded',
    /\b(?:behaviou?r|binding|-moz-binding)\s?:\s?url\s?\(|\.htc\b|#default#|\bimplementation\s?=|<\??import\s/,
  ),
  rule(
    'xss-tag-close-breakout',
    'xss',
    warning,
    'decoded',
    /<\s?\/\s?(?:title|textarea|style|noscript|iframe|xmp|plaintext|template|select|option)\s?>/,
  ),
  rule(
    'xss-attribute-breakout',
    'xss',
    error,
    'decoded',
    /['"`]\s?\/?>\s?<\s?[a-z!/?]|['"`]\s?\/?>[^<]{0,30}<\/[a-z]/,
  ),
  rule('xss-sink-call', 'xss', warning, 'decoded', /(?:^|[^\w.])(?:alert|prompt|confirm)(?:\(|`)/),
  rule(
    'xss-dom-access',
    'xss',
    warning,
    'decoded',
    /document\s?\.\s?(?:cookie|domain|write|location)|\bstring\s?\.\s?fromcharcode\s?\(|\bwindow\s?\[|\btop\s?\[|\bself\s?\[\s?['"]|\bconstructor\s?\.\s?constructor\s?\(|\bimport\s?\(\s?['"]data:/,
  ),
  rule(
    'xss-css-expression',
    'xss',
    error,
    'decoded',
    /\bexpression\s?\(|-moz-binding|\bbehavior\s?:\s?url|@import\s?['"]?\s?(?:url|https?:|\/\/)|url\s?\(\s?['"]?\s?(?:javascript|data):/,
  ),
  rule(
    'xss-uri-attribute',
    'xss',
    error,
    'decoded',
    /\b(?:srcdoc|formaction|xlink:href|dynsrc|lowsrc|datasrc|dataformatas|background|poster|action|href|src)\s?=\s?['"`]?\s?(?:javascript|vbscript|data|livescript):/,
  ),
  rule(
    'xss-rare-attribute',
    'xss',
    warning,
    'decoded',
    /\b(?:srcdoc|formaction|xlink:href|dynsrc|lowsrc|datasrc|dataformatas)\s?=/,
  ),
  rule('xss-encoded-markup', 'xss', notice, 'raw', /&(?:lt|gt|quot);?|%(?:25)?3c/),
  rule('xss-encoded-angle', 'xss', warning, 'raw', /&#0{0,8}(?:60|62)\b|&#x0{0,8}(?:3c|3e)\b|\\x3c|\\u003c/),
  rule('xss-utf7', 'xss', error, 'raw', /\+adw-|\+ad4-|\+aci-/),
  rule('xss-angular-sandbox', 'xss', error, 'decoded', /\{\{[^}]{0,30}(?:constructor|\$eval|\$on|\$emit)\b/),
];

/** XML external entities and other XML-parser abuse. */
export const XXE_RULES: readonly Rule[] = [
  rule(
    'xxe-doctype-subset',
    'xxe',
    critical,
    'decoded',
    /<!doctype\s?[a-z_:][\w:.-]{0,40}\s?(?:\[|system\b|public\b)/,
  ),
  rule('xxe-entity', 'xxe', critical, 'decoded', /<!entity\b/),
  rule('xxe-element-decl', 'xxe', warning, 'decoded', /<!(?:element|attlist)\b/),
  rule(
    'xxe-external-id',
    'xxe',
    critical,
    'decoded',
    /\bsystem\s?['"](?:file|https?|php|expect|ftp|jar|netdoc|gopher|data):/,
  ),
  rule('xxe-xml-decl', 'xxe', warning, 'decoded', /<\?xml\b/),
  rule('xxe-cdata', 'xxe', warning, 'decoded', /<!\[cdata\[/),
  rule('xxe-xinclude', 'xxe', critical, 'decoded', /\bxi:include\b|xmlns:xi\s?=/),
  rule('xxe-xslt', 'xxe', error, 'decoded', /<\s?xsl:[a-z]/),
  rule('xxe-data-island', 'xxe', error, 'decoded', /<\s?xml[\s>]/),
  rule('xxe-entity-ref', 'xxe', notice, 'decoded', /&[a-z_][\w.-]{0,30};/),
  rule('xxe-xmlrpc', 'xxe', warning, 'decoded', /<methodcall>|<soap(?:env)?:envelope/),
  rule('xxe-parameter-entity-ref', 'xxe', warning, 'raw', /%[a-z_][\w.-]{1,30};/),
  rule('xxe-processing-instruction', 'xxe', warning, 'decoded', /<\?[a-z][^?]{0,30}\?>/),
  // An element with its closing tag: XML (or HTML) markup where a plain value was expected.
  rule('xxe-element-pair', 'xxe', warning, 'decoded', /<[a-z][\w:.-]{0,30}>[^<]{0,30}<\/[a-z]/),
];

/** Server-side and edge-side includes. */
export const SSI_RULES: readonly Rule[] = [
  rule(
    'ssi-directive',
    'ssi',
    critical,
    'decoded',
    /<!--\s?#\s?(?:exec|include|echo|config|set|printenv|fsize|flastmod|if|elif|else|endif)\b/,
  ),
  rule('ssi-esi', 'ssi', critical, 'decoded', /<\s?esi:[a-z]/),
];

/** CRLF / HTTP header injection: only line breaks that arrived encoded (see the `crlf` view). */
export const CRLF_RULES: readonly Rule[] = [
  rule('crlf-encoded-newline', 'crlf', warning, 'crlf', /[\r\n]/),
  rule('crlf-header-injection', 'crlf', critical, 'crlf', /[\r\n]\s{0,4}[a-z][a-z0-9-]{1,40}\s?:/),
  rule('crlf-body-injection', 'crlf', critical, 'crlf', /[\r\n]\s{0,4}(?:<|http\/\d)/),
  rule('crlf-unicode-newline', 'crlf', warning, 'decoded', /[\u560a\u560d]/),
];
