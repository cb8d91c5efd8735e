import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';

/** Lets routes declare zod schemas in `schema.body` / `schema.querystring` / `schema.params`. */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => {
  return (data) => {
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: result.error };
  };
};

const KEY_PREVIEW_CHARS = 40;

/**
 * Describes validation issues for a client: field paths and what is wrong, never the rejected
 * values (they may be secrets or attack payloads).
 */
export function describeIssues(context: string | undefined, issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, 5).map((issue) => {
    const where = [context ?? 'request', ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => JSON.stringify(k.slice(0, KEY_PREVIEW_CHARS))).join(', ');
      return `${where}: unknown field ${keys}`;
    }
    if (issue.code === 'too_big') return `${where}: too long or too large (maximum ${String(issue.maximum)})`;
    if (issue.code === 'too_small')
      return `${where}: too short or too small (minimum ${String(issue.minimum)})`;
    if (issue.code === 'invalid_type') return `${where}: expected ${issue.expected}`;
    return `${where}: invalid value`;
  });
  return `Invalid request: ${parts.join('; ')}.`;
}

/** The query schema of routes that take no query parameters: any parameter is an error. */
export const noQuery = z.strictObject({});
