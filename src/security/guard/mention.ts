/**
 * Use versus mention: an article, a test suite or a question that quotes an attack string to talk about it is not
 * an attack on the reader. Rule hits whose match sits inside quotation marks or backticks count, together, as one
 * hit at a third of the strongest one's weight when the text talks about attacks (prompt injection, jailbreaks,
 * examples, detection). Both are needed: quotes alone are how a translation hijack arrives, and talk of attacks
 * alone is how a "researcher" pretext arrives. A third of the strongest rule (0.31) flags neither a user's
 * question about the quoted string nor a page that reports it; such pages still reach the model spotlighted, as
 * all untrusted content does, and anything unquoted in them (an order to "assistants reading this") still counts.
 */

/** Quotes that open and close with the same character: inside when an odd number of them precede on the line. */
const SAME = ['"', '`'];
/** Opening quotes and the closing quote each expects. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
];
/** How far back and ahead a quote is looked for (characters, same line). */
const REACH = 300;

/** Talk about attacks rather than an attack: the words articles, tests and questions about them use. */
const ABOUT_ATTACKS =
  /\b(?:prompt[\s-]injections?|injection\sattacks?|jailbreak(?:s|ing)?|red[\s-]team(?:ing|ers)?|researchers?|attackers?|for\sexample|an\sexample\sof|e\.g\.|test\s(?:cases?|suite)|unit\stests?|should\sflag|detectors?|detection|classifiers?|owasp|llm01|phrases?\slike|strings?\slike|what\sdoes)\b|注入|越狱|インジェクション|脱獄|인젝션|탈옥|inyecci[oó]n|injection\sde\sprompt|prompt-injection|инъекци/;

/** Whether `text` talks about attacks (see {@link ABOUT_ATTACKS}). */
export function discussesAttacks(text: string): boolean {
  return ABOUT_ATTACKS.test(text);
}

/** Whether the span [start, end) of `text` lies between a quote and its closing quote on the same line. */
export function isQuoted(text: string, start: number, end: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - REACH);
  const newline = text.indexOf('\n', end);
  const lineEnd = Math.min(newline === -1 ? text.length : newline, end + REACH);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  for (const quote of SAME) {
    if (before.split(quote).length % 2 === 0 && after.includes(quote)) return true;
  }
  // Single quotes double as apostrophes: an opening one follows a space or bracket, a closing one precedes a
  // non-letter ("don't" and "users' data" are not quotes).
  const single = before.search(/(?:^|[\s([])'[^'\n]*$/u);
  if (single !== -1 && /^[^'\n]*'(?![\p{L}])/u.test(after)) return true;
  for (const [open, close] of PAIRS) {
    const opened = before.lastIndexOf(open);
    if (opened !== -1 && !before.slice(opened + 1).includes(close) && after.includes(close)) return true;
  }
  return false;
}
