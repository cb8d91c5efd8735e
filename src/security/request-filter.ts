import { compileAddressList, isListed } from './ip.js';

/** Request filter options (compiled once). */
export interface RequestFilterOptions {
  /** When non-empty, only these addresses and CIDR blocks are served. */
  readonly allowList: readonly string[];
  readonly denyList: readonly string[];
  /** Lower-case substrings of refused user agents. */
  readonly userAgentDenyList: readonly string[];
}

/** Why the filter refused a request; goes to the security log. */
export type FilterDecision =
  | { allowed: true }
  | { allowed: false; reason: 'ip_not_allowed' | 'ip_denied' | 'user_agent_denied'; match?: string };

/**
 * Step [1]: the cheapest checks, before anything else runs — address allow and deny lists (IPv4,
 * IPv6, CIDR, IPv4-mapped addresses normalised) and user agents of known attack tools.
 */
export function createRequestFilter(options: RequestFilterOptions) {
  const allow = options.allowList.length > 0 ? compileAddressList(options.allowList).list : null;
  const deny = options.denyList.length > 0 ? compileAddressList(options.denyList).list : null;
  const agents = [...options.userAgentDenyList];

  return function filterRequest(request: { ip: string; userAgent: string | undefined }): FilterDecision {
    if (allow && !isListed(allow, request.ip)) return { allowed: false, reason: 'ip_not_allowed' };
    if (deny && isListed(deny, request.ip)) return { allowed: false, reason: 'ip_denied' };
    if (agents.length === 0 || !request.userAgent) return { allowed: true };
    const agent = request.userAgent.slice(0, 512).toLowerCase();
    const match = agents.find((pattern) => agent.includes(pattern));
    if (match) return { allowed: false, reason: 'user_agent_denied', match };
    return { allowed: true };
  };
}

/** The filter's type. */
export type RequestFilter = ReturnType<typeof createRequestFilter>;

/** Whether an address is exempt from bans (on the allow list). */
export function createAllowListCheck(allowList: readonly string[]): (ip: string) => boolean {
  if (allowList.length === 0) return () => false;
  const { list } = compileAddressList(allowList);
  return (ip) => isListed(list, ip);
}
