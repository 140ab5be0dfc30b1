import { describe, expect, it } from "vitest";
import { addMechanisms, addressMechanism, findSpfProvider, recordHasMechanism } from "./spf-record";

describe("addMechanisms", () => {
  it("inserts before the all mechanism", () => {
    expect(addMechanisms("v=spf1 mx -all", ["include:_spf.google.com"])).toBe("v=spf1 mx include:_spf.google.com -all");
    expect(addMechanisms("v=spf1 a ~ALL", ["ip4:192.0.2.10"])).toBe("v=spf1 a ip4:192.0.2.10 ~ALL");
  });

  it("inserts before the first all when terms follow it", () => {
    expect(addMechanisms("v=spf1 -all exp=explain.example", ["ip4:192.0.2.10"])).toBe(
      "v=spf1 ip4:192.0.2.10 -all exp=explain.example",
    );
  });

  it("appends to a record without all", () => {
    expect(addMechanisms("v=spf1 redirect=_spf.example", ["ip6:2001:db8::10"])).toBe(
      "v=spf1 redirect=_spf.example ip6:2001:db8::10",
    );
  });

  it("skips mechanisms the record already has", () => {
    expect(addMechanisms("v=spf1 +ip4:192.0.2.10 -all", ["ip4:192.0.2.10", "ip4:192.0.2.11"])).toBe(
      "v=spf1 +ip4:192.0.2.10 ip4:192.0.2.11 -all",
    );
  });

  it("starts a record ending in ~all when there is none", () => {
    expect(addMechanisms(null, ["include:spf.protection.outlook.com"])).toBe(
      "v=spf1 include:spf.protection.outlook.com ~all",
    );
  });
});

describe("SPF record helpers", () => {
  it("builds ip4 and ip6 mechanisms", () => {
    expect(addressMechanism("192.0.2.10")).toBe("ip4:192.0.2.10");
    expect(addressMechanism("2001:db8::10")).toBe("ip6:2001:db8::10");
  });

  it("finds mechanisms case-insensitively", () => {
    expect(recordHasMechanism("v=spf1 INCLUDE:_spf.google.com -all", "include:_spf.google.com")).toBe(true);
    expect(recordHasMechanism("v=spf1 include:_spf.google.com.evil.example -all", "include:_spf.google.com")).toBe(
      false,
    );
  });

  it("knows the includes of listed providers only", () => {
    expect(findSpfProvider("smtp.office365.com")).toEqual({ id: "office365", include: "spf.protection.outlook.com" });
    expect(findSpfProvider("bakkerij-nl.mail.protection.outlook.com")).toEqual({
      id: "office365",
      include: "spf.protection.outlook.com",
    });
    expect(findSpfProvider("SMTP.GMAIL.COM.")).toEqual({ id: "google", include: "_spf.google.com" });
    expect(findSpfProvider("email-smtp.eu-west-1.amazonaws.com")).toEqual({
      id: "amazon_ses",
      include: "amazonses.com",
    });
    expect(findSpfProvider("smtp-mail.outlook.com")).toBeUndefined();
    expect(findSpfProvider("smtp.ziggo.nl")).toBeUndefined();
    expect(findSpfProvider("notgmail.com.example")).toBeUndefined();
  });
});
