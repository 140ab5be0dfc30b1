import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "./redirect";

describe("safeRedirectTarget", () => {
  it.each([
    ["/demo/orders", "/demo/orders"],
    ["/demo/orders?date=2026-12-04", "/demo/orders?date=2026-12-04"],
    ["/demo/dispatches#top", "/demo/dispatches#top"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeRedirectTarget(input)).toBe(expected);
  });

  it.each([
    "//evil.example/",
    "/\\evil.example/",
    "/\\/evil.example/",
    "\\evil.example",
    "http://evil.example/",
    "https:evil.example",
    "javascript:alert(1)",
    "/\tevil",
    "",
    "demo/orders",
  ])("replaces %s with the start page", (input) => {
    expect(safeRedirectTarget(input)).toBe("/");
  });

  it("replaces a non-string with the start page", () => {
    expect(safeRedirectTarget(null)).toBe("/");
  });
});
