import { describe, expect, it } from "vitest";
import { SignInLimiter } from "./sign-in-limiter";

describe("SignInLimiter", () => {
  it("locks an address after the maximum failures", () => {
    const limiter = new SignInLimiter(3, 60_000);
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(limiter.retryAfterMs("a@b.example", 1_000)).toBe(0);
      limiter.recordFailure("a@b.example", 1_000 + attempt);
    }

    expect(limiter.retryAfterMs("a@b.example", 2_000)).toBe(59_000);
    expect(limiter.retryAfterMs("other@b.example", 2_000)).toBe(0);
  });

  it("unlocks once the oldest failure leaves the window", () => {
    const limiter = new SignInLimiter(2, 60_000);
    limiter.recordFailure("a@b.example", 0);
    limiter.recordFailure("a@b.example", 10_000);

    expect(limiter.retryAfterMs("a@b.example", 59_999)).toBe(1);
    expect(limiter.retryAfterMs("a@b.example", 60_000)).toBe(0);
  });

  it("forgets failures after a successful sign-in", () => {
    const limiter = new SignInLimiter(1, 60_000);
    limiter.recordFailure("a@b.example", 0);
    limiter.recordSuccess("a@b.example");

    expect(limiter.retryAfterMs("a@b.example", 1)).toBe(0);
  });
});
