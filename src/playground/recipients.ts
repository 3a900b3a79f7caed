import type { SimRecipient } from "../office-sim/office-sim";

// Recipients as a person types them in the simulated To / Cc / Bcc lines.

export function formatRecipients(list: readonly SimRecipient[]): string {
  return list.map((r) => (r.displayName && r.displayName !== r.emailAddress ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress)).join("; ");
}

/** "Lisa Wang <lisa@contoso.com>; 王伟 <wang.wei@contoso.com>, tom@contoso.com" → recipients. */
export function parseRecipients(text: string): SimRecipient[] {
  return text
    .split(/[;,，；\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const open = part.lastIndexOf("<");
      const bracketed = open >= 0 && part.endsWith(">");
      const name = (bracketed ? part.slice(0, open) : "").trim().replace(/^"|"$/g, "").trim();
      const address = (bracketed ? part.slice(open + 1, -1) : part).trim();
      return { displayName: name || address, emailAddress: address, recipientType: "user" };
    });
}
