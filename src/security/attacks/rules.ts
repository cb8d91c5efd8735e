import { CMDI_RULES, SSTI_RULES } from './rules-code.js';
import { CRLF_RULES, SSI_RULES, XSS_RULES, XXE_RULES } from './rules-markup.js';
import { LFI_RULES, TRAVERSAL_RULES } from './rules-path.js';
import { LDAPI_RULES, NOSQLI_RULES, SQLI_RULES, XPATHI_RULES } from './rules-query.js';
import { BASE64_RULES, EVASION_RULES, OPEN_REDIRECT_RULES } from './rules-redirect.js';
import type { Rule } from './types.js';

/** Every signature, compiled once at module load. */
export const ALL_RULES: readonly Rule[] = Object.freeze([
  ...SQLI_RULES,
  ...XSS_RULES,
  ...TRAVERSAL_RULES,
  ...LFI_RULES,
  ...CMDI_RULES,
  ...SSTI_RULES,
  ...CRLF_RULES,
  ...XXE_RULES,
  ...SSI_RULES,
  ...NOSQLI_RULES,
  ...LDAPI_RULES,
  ...XPATHI_RULES,
  ...OPEN_REDIRECT_RULES,
  ...EVASION_RULES,
  ...BASE64_RULES,
]);
