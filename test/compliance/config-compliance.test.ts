import { DEFAULT_POLICY, parsePolicy } from "../../src/policy/config";

// The policy file's compliance block: defaults, accepted and refused values, named errors.

describe("compliance block", () => {
  test("defaults: recording on but inert without a service and key; per person off; 400 days", () => {
    expect(DEFAULT_POLICY.compliance).toEqual({
      enabled: true,
      serviceUrl: "",
      apiScope: "",
      tenantKey: "",
      perPerson: false,
      retentionDays: 400,
      reasonRequiredForErrors: true,
      queueMax: 500,
    });
  });

  test.each([
    ["an https service", { serviceUrl: "https://compliance.contoso.com" }],
    ["an https service with a path", { serviceUrl: "https://contoso.com/compliance" }],
    ["plain http on localhost (npm start)", { serviceUrl: "http://localhost:3100" }],
    ["plain http on 127.0.0.1", { serviceUrl: "http://127.0.0.1:3100" }],
    ["recording off", { enabled: false }],
    ["per person on, ten years", { perPerson: true, retentionDays: 3650 }],
    ["a long tenant key", { tenantKey: "k".repeat(64) }],
  ])("accepts %s", (_name, compliance) => {
    const parsed = parsePolicy({ compliance });
    expect(parsed.ok).toBe(true);
  });

  test.each([
    ["plain http elsewhere", { serviceUrl: "http://compliance.contoso.com" }, "compliance.serviceUrl"],
    ["a URL with credentials", { serviceUrl: "https://user:pass@compliance.contoso.com" }, "compliance.serviceUrl"],
    ["a URL with a query", { serviceUrl: "https://compliance.contoso.com/?x=1" }, "compliance.serviceUrl"],
    ["not a URL", { serviceUrl: "compliance server" }, "compliance.serviceUrl"],
    ["a short tenant key", { tenantKey: "secret" }, "compliance.tenantKey"],
    ["zero retention", { retentionDays: 0 }, "compliance.retentionDays"],
    ["fractional retention", { retentionDays: 30.5 }, "compliance.retentionDays"],
    ["per person as text", { perPerson: "yes" }, "compliance.perPerson"],
    ["an unknown key", { recordSubjects: true }, "recordSubjects"],
  ])("refuses %s, naming the key", (_name, compliance, key) => {
    const parsed = parsePolicy({ compliance });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join("\n")).toContain(key);
  });
});
