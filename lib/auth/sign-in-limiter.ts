/**
 * Failed sign-in attempts per e-mail address, kept in this process's memory.
 * After `maxFailures` failures within `windowMs` the address is locked until
 * the oldest failure leaves the window.
 * NOTE: each app process counts on its own, so with several instances behind a
 * load balancer an attacker gets maxFailures tries per instance.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Milliseconds until the address may try again, or 0 when it may try now. */
  retryAfterMs(email: string, now: number = Date.now()): number {
    const recent = this.recentFailures(email, now);
    if (recent.length < this.maxFailures) return 0;
    return recent[0]! + this.windowMs - now;
  }

  recordFailure(email: string, now: number = Date.now()): void {
    this.failures.set(email, [...this.recentFailures(email, now), now]);
  }

  recordSuccess(email: string): void {
    this.failures.delete(email);
  }

  private recentFailures(email: string, now: number): number[] {
    const recent = (this.failures.get(email) ?? []).filter((time) => now - time < this.windowMs);
    if (recent.length === 0) this.failures.delete(email);
    return recent;
  }
}
