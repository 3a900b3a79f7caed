import { DEFAULT_POLICY, parsePolicyText, type Policy } from "../policy/config";
import { problemText } from "../policy/config-errors";
import { RULE_IDS } from "../policy/engine";
import type { Lang } from "../policy/types";
import { decodeText } from "./bytes";
import type { CliIo } from "./io";
import { InputError, reasonText } from "./input-error";
import { fsErrorReason } from "./read-file";

// The tenant policy file as the CLI reads it: absent means the built-in policy; a file that
// cannot be read or is invalid gives every problem at once, each naming its key, in `lang`.

export async function loadPolicy(path: string | undefined, io: Pick<CliIo, "readFile">, lang: Lang = "en"): Promise<{ ok: true; policy: Policy } | { ok: false; errors: string[] }> {
  if (path === undefined) return { ok: true, policy: DEFAULT_POLICY };
  let text: string;
  try {
    text = decodeText(await io.readFile(path));
  } catch (e) {
    return { ok: false, errors: [reasonText(e instanceof InputError ? e.reason : fsErrorReason(e), lang)] };
  }
  const parsed = parsePolicyText(text, RULE_IDS);
  return parsed.ok ? parsed : { ok: false, errors: parsed.problems.map((p) => problemText(p, lang)) };
}
