import { describe, expect, it } from "vitest";
import { formatDateTime } from "./dates";

describe("formatDateTime", () => {
  it("formats winter time in Amsterdam", () => {
    expect(formatDateTime(new Date("2026-12-04T11:41:59Z"), "Europe/Amsterdam", { seconds: true })).toBe(
      "04-12-2026 12:41:59",
    );
  });

  it("leaves out the seconds by default", () => {
    expect(formatDateTime(new Date("2026-12-04T11:41:59Z"), "Europe/Amsterdam")).toBe("04-12-2026 12:41");
  });

  it("uses the 24-hour clock", () => {
    expect(formatDateTime(new Date("2026-12-04T22:05:00Z"), "Europe/Amsterdam")).toBe("04-12-2026 23:05");
  });

  it("moves to the next day in summer time", () => {
    expect(formatDateTime(new Date("2026-07-01T22:30:00Z"), "Europe/Amsterdam")).toBe("02-07-2026 00:30");
  });

  it("follows the given time zone", () => {
    expect(formatDateTime(new Date("2026-12-04T11:41:59Z"), "America/New_York")).toBe("04-12-2026 06:41");
  });
});
