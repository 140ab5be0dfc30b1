import { describe, expect, it } from "vitest";
import { splitByDailyLimit } from "./daily-limit-split";

describe("splitByDailyLimit", () => {
  it("returns null without a daily limit", () => {
    expect(splitByDailyLimit({ queuedMessageCount: 500, dailyLimit: null })).toBeNull();
  });

  it("returns null when every message fits today", () => {
    expect(splitByDailyLimit({ queuedMessageCount: 2, dailyLimit: { limit: 99, sentToday: 97 } })).toBeNull();
  });

  it("splits the messages that exceed what is left", () => {
    expect(splitByDailyLimit({ queuedMessageCount: 5, dailyLimit: { limit: 99, sentToday: 97 } })).toEqual({
      limit: 99,
      today: 2,
      later: 3,
    });
  });

  it("defers everything once the limit is reached", () => {
    expect(splitByDailyLimit({ queuedMessageCount: 2, dailyLimit: { limit: 99, sentToday: 99 } })).toEqual({
      limit: 99,
      today: 0,
      later: 2,
    });
  });

  it("defers everything after the limit was lowered below today's count", () => {
    expect(splitByDailyLimit({ queuedMessageCount: 3, dailyLimit: { limit: 10, sentToday: 40 } })).toEqual({
      limit: 10,
      today: 0,
      later: 3,
    });
  });

  it("returns null when nothing was queued", () => {
    expect(splitByDailyLimit({ queuedMessageCount: 0, dailyLimit: { limit: 1, sentToday: 5 } })).toBeNull();
  });
});
