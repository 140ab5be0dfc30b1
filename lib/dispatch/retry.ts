/** Attempts after which a temporary failure becomes final. */
export const maxAttempts = 8;

const firstDelayMs = 30_000;
const maxDelayMs = 60 * 60_000;

/**
 * Delay before the next attempt after `attempts` failed ones: 30 s doubling to
 * at most an hour, with up to 10% jitter so that a batch does not retry in step.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + 0.1 * random()));
}

export type FailureOutcome = { status: "deferred"; nextAttemptAt: Date } | { status: "failed" };

/** What a failed attempt leads to: another try later, or a final failure. */
export function outcomeOfFailure(retryable: boolean, attempts: number, now: Date = new Date()): FailureOutcome {
  if (!retryable || attempts >= maxAttempts) return { status: "failed" };
  return { status: "deferred", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
