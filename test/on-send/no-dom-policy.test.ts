import { isServiceUrlText } from "../../src/policy/config-compliance";

// The policy file validates the same way in classic Outlook's JavaScript-only runtime, which
// has no URL class: the compliance service URL is then checked by its text.

function byUrlClass(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.username || url.password || url.search || url.hash) return false;
    return url.protocol === "https:" || (url.protocol === "http:" && (url.hostname === "localhost" || url.hostname === "127.0.0.1"));
  } catch {
    return false;
  }
}

describe("the compliance service URL without a URL class", () => {
  it.each([
    ["https://compliance.contoso.com", true],
    ["https://compliance.contoso.com/api/", true],
    ["https://compliance.contoso.com:8443", true],
    ["HTTPS://Compliance.Contoso.com", true],
    ["http://localhost:3100", true],
    ["http://127.0.0.1:3100/x", true],
    ["http://compliance.contoso.com", false],
    ["https://user:pw@compliance.contoso.com", false],
    ["https://compliance.contoso.com/?key=1", false],
    ["https://compliance.contoso.com/#x", false],
    ["compliance.contoso.com", false],
    ["ftp://compliance.contoso.com", false],
    ["https://", false],
    ["https://bad host.com", false],
  ])("%s → %s, as the URL class says", (text, expected) => {
    expect(isServiceUrlText(text)).toBe(expected);
    expect(byUrlClass(text)).toBe(expected);
  });
});
