/** Rough token count of text for reservations: about four characters per token, rounded up. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Tokens held for one model call until it reports what it used. */
export interface Reservation {
  readonly reserved: number;
  /** Output tokens the call may produce, after fitting the reservation into the budget. */
  readonly maxTokens: number;
}

/** What a settled call used. */
export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/**
 * One chat turn's token budget, shared by every agent and step of the turn. Each model call reserves
 * its estimated input plus its output cap before it is made and settles with the provider's count
 * after, so concurrent or nested calls can never together spend more than the turn was given.
 */
export function createTokenBudget(totalTokens: number, minOutputTokens = 64) {
  if (!Number.isInteger(totalTokens) || totalTokens < 1) {
    throw new Error('Token budget: totalTokens must be a positive integer');
  }
  let spent = 0;
  let held = 0;
  return {
    totalTokens,
    /** Tokens neither spent nor held by a call in flight. */
    remaining(): number {
      return Math.max(0, totalTokens - spent - held);
    },
    spent(): number {
      return spent;
    },
    /**
     * Holds room for a call; the output cap shrinks to fit what is left. Undefined when not even
     * `minOutputTokens` of output would fit: the turn must stop calling the model.
     */
    reserve(inputTokens: number, maxTokens: number): Reservation | undefined {
      const room = totalTokens - spent - held - inputTokens;
      const output = Math.min(maxTokens, room);
      if (output < Math.min(minOutputTokens, maxTokens)) return undefined;
      const reserved = inputTokens + output;
      held += reserved;
      return { reserved, maxTokens: output };
    },
    /** Releases the hold and counts what the call really used (all of the hold when it failed). */
    settle(reservation: Reservation, usage: TokenUsage | undefined): void {
      held -= reservation.reserved;
      spent += usage ? usage.inputTokens + usage.outputTokens : reservation.reserved;
    },
  };
}

/** A turn's token budget. */
export type TokenBudget = ReturnType<typeof createTokenBudget>;
