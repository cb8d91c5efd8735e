/**
 * Use versus mention: a user who quotes an attack string to ask about it ("what does 'ignore previous instructions'
 * do?") is not attacking. On the user channel, rules that match only inside quotation marks or backticks count,
 * together, as one hit at a third of the strongest one's weight, when the words OUTSIDE the quotes talk about
 * attacks (prompt injection, jailbreaks, "for example", detection). Everything is judged on a copy of the text with
 * the quoted spans blanked out, so a rule that also matches unquoted text, a match that runs past a closing quote,
 * and talk of attacks written inside the quotes all count in full. Untrusted content gets no discount: a page
 * that "reports" an attack in quotes is still flagged and its lines neutralised, because that is how an injection
 * would dress itself.
 */

/** Quotes that open and close with the same character. */
const SAME = new Set(['"', '`']);
/** Opening quotes and the closing quote each expects. */
const PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“',
  '«': '»',
  '「': '」',
  '『': '』',
  '‘': '’',
};
const LETTER = /\p{L}/u;

/** Talk about attacks rather than an attack: the words articles, tests and questions about them use. */
const ABOUT_ATTACKS =
  /\b(?:prompt[\s-]injections?|injection\sattacks?|jailbreak(?:s|ing)?|red[\s-]team(?:ing|ers)?|researchers?|attackers?|for\sexample|an\sexample\sof|test\s(?:cases?|suite)|unit\stests?|should\sflag|detectors?|classifiers?|owasp|llm01|phrases?\slike|strings?\slike|what\sdoes)\b|\be\.g\.|注入|越狱|インジェクション|脱獄|인젝션|탈옥|inyecci[oó]n|injection\sde\sprompt|инъекци/;

/** Whether `text` talks about attacks (see {@link ABOUT_ATTACKS}). */
export function discussesAttacks(text: string): boolean {
  return ABOUT_ATTACKS.test(text);
}

/**
 * `text` with what stands between quotes (on one line) replaced by spaces, so positions stay where they were. Single
 * quotes count when they are not apostrophes: an opening one follows a space or bracket, a closing one precedes a
 * non-letter ("don't" and "users' data" are not quotes). An unclosed quote blanks nothing.
 */
export function maskQuotes(text: string): string {
  const out = text.split('');
  let open = -1;
  let closer = '';
  for (let at = 0; at < text.length; at++) {
    const ch = text[at] ?? '';
    if (ch === '\n') {
      open = -1;
      continue;
    }
    if (open !== -1) {
      if (ch === closer && (closer !== "'" || !LETTER.test(text[at + 1] ?? ''))) {
        for (let i = open + 1; i < at; i++) if (out[i] !== '\n') out[i] = ' ';
        open = -1;
      }
      continue;
    }
    if (SAME.has(ch)) [open, closer] = [at, ch];
    else if (PAIRS[ch] !== undefined) [open, closer] = [at, PAIRS[ch] ?? ''];
    else if (ch === "'" && (at === 0 || /[\s([]/.test(text[at - 1] ?? ''))) [open, closer] = [at, "'"];
  }
  return out.join('');
}
