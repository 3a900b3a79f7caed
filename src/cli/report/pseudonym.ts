import { createHmac, randomBytes } from "node:crypto";
import { addressKey } from "../../policy/people";

// People in a report are pseudonyms by default: HMAC-SHA-256 of the address under a secret
// made for the report, so one person has one pseudonym throughout it and nobody without the
// secret can link it back. Runs that are merged later share a secret file (--secret-file).

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I/L

export interface Pseudonyms {
  person(address: string): string;
  item(ref: string): string;
  /** Fingerprint that tells whether two reports used the same secret; reveals nothing of it. */
  readonly secretId: string;
}

function code(digest: Buffer, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[digest[i] % ALPHABET.length];
  return out;
}

export function newSecret(): Buffer {
  return randomBytes(32);
}

export function createPseudonyms(secret: Uint8Array): Pseudonyms {
  const mac = (kind: string, text: string) => createHmac("sha256", secret).update(`${kind}\0${text}`).digest();
  const people = new Map<string, string>();
  return {
    person(address) {
      // One person one pseudonym however the export wrote the address (case, <…>, mailto:).
      const key = addressKey(address);
      if (key === "") return "—";
      let name = people.get(key);
      if (name === undefined) {
        name = `P-${code(mac("person", key), 6)}`;
        people.set(key, name);
      }
      return name;
    },
    item: (ref) => `M-${code(mac("item", ref), 8)}`,
    secretId: mac("secret-id", "comm-policy").toString("hex").slice(0, 12),
  };
}
