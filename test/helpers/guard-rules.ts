import { normalise } from '../../src/security/guard/normalise.js';
import { matchRules, RULES, ruleScore } from '../../src/security/guard/rules.js';

/** The rule score of a text as the detector sees it (after the real normaliser). */
export const scoreOf = (text: string): number => ruleScore(matchRules(normalise(text).text));

/** The ids of the rules that match a text as the detector sees it. */
export const idsOf = (text: string): string[] => matchRules(normalise(text).text).map((hit) => hit.id);

/** Every pattern against the whole (already normalised) text, without the word gates. */
export const ungatedIds = (text: string): string[] =>
  RULES.filter((rule) => rule.pattern.test(text)).map((rule) => rule.id);

/** The same text typed without accents, as people often do on a phone (gates must still open). */
export const stripAccents = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
