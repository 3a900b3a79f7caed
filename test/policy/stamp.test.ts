import { decodeStamp, encodeStamp, STAMP_MAX_BYTES, type StampFinding } from "../../src/policy/stamp";

describe("x-comm-policy stamp", () => {
  it("round-trips a check with findings", () => {
    const findings: StampFinding[] = [
      { rule: "mail/politeness", severity: "info" },
      { rule: "mail/subject-specific", severity: "warning" },
      { rule: "mail/recipients-present", severity: "error" },
    ];
    const value = encodeStamp({ id: "abc123", policyVersion: "2026-11 rev 3", decision: "prompt", findings, wentOn: true });
    expect(value).toBe("v=1; id=abc123; pv=2026-11%20rev%203; d=prompt; f=mail/recipients-present:e,mail/subject-specific:w,mail/politeness:i; o=1");
    expect(decodeStamp(value)).toEqual({
      id: "abc123",
      policyVersion: "2026-11 rev 3",
      decision: "prompt",
      findings: [findings[2], findings[1], findings[0]],
      omitted: 0,
      wentOn: true,
    });
  });

  it("keeps the header bounded, errors first, and counts what it left out", () => {
    const findings: StampFinding[] = Array.from({ length: 60 }, (_, i) => ({ rule: `mail/rule-number-${i}`, severity: i % 7 === 0 ? "error" : "warning" }));
    const value = encodeStamp({ policyVersion: "版本一\uD800".repeat(30), decision: "block", findings, wentOn: false });
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(STAMP_MAX_BYTES);
    expect(/^[\x20-\x7e]*$/.test(value)).toBe(true);
    const back = decodeStamp(value)!;
    expect(back.findings.length + back.omitted).toBe(60);
    expect(back.findings.slice(0, 9).every((f) => f.severity === "error")).toBe(true);
    expect(back.policyVersion.startsWith("版本一")).toBe(true);
  });

  it("drops rule ids that are not rule ids and repeats of one rule", () => {
    const value = encodeStamp({
      policyVersion: "v",
      decision: "allow",
      findings: [
        { rule: "mail/politeness", severity: "warning" },
        { rule: "mail/politeness", severity: "info" },
        { rule: "evil; d=allow", severity: "error" },
      ],
      wentOn: false,
    });
    expect(decodeStamp(value)?.findings).toEqual([{ rule: "mail/politeness", severity: "warning" }]);
    expect(value).not.toContain("evil");
  });

  it.each([
    ["", "empty"],
    ["v=2; d=allow; f=; o=0", "another version"],
    ["v=1; d=maybe; f=; o=0", "an unknown decision"],
    ["x".repeat(5000), "oversized"],
    ["v=1; pv=%E0%A4%A; d=allow; f=mail/x:q,+zz,mail/ok:w; o=0", "broken fields"],
  ])("refuses or repairs %s (%s)", (value) => {
    const stamp = decodeStamp(value);
    if (stamp) expect(stamp.findings).toEqual([{ rule: "mail/ok", severity: "warning" }]);
  });
});
