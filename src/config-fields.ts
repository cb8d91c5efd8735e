import { z } from 'zod';

/** A URL whose protocol is one of `protocols`; `fix` is the message when it is not. */
export function urlWithProtocols(protocols: string[], fix: string) {
  return z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: fix },
  );
}

/** A whole number written in decimal digits, from `min` to `max`. */
export function integerIn(min: number, max: number, fix: string) {
  return z
    .string()
    .regex(/^\d+$/, { message: fix })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: fix });
}

/** Comma-separated, trimmed, non-empty entries. */
export function commaList() {
  return z.string().transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  );
}
