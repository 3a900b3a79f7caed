import { htmlToText, textToHtml } from "./body-text";
import type { OfficeSim } from "./office-sim-core";
import type { SimBody } from "./sim-types";

// `item.body`: read as HTML or text, replaced, prepended, appended on send, and inserted at the
// cursor. A plain-text body refuses HTML, as Outlook does (InvalidDataFormat).

export function bodyApi(sim: OfficeSim): Record<string, unknown> {
  const read = (coercion: unknown) =>
    coercion === "text" ? (sim.state.body.type === "html" ? htmlToText(sim.state.body.content) : sim.state.body.content) : htmlBody(sim);
  const incoming = (data: unknown, options: Record<string, unknown>) => {
    const text = String(data ?? "");
    const asHtml = options.coercionType === "html";
    if (sim.state.body.type === "html") return asHtml ? text : textToHtml(text);
    if (asHtml) throw Object.assign(new Error("The body is plain text; HTML cannot be inserted."), { name: "InvalidDataFormat", code: 9000 });
    return text;
  };
  const editBody = (change: (b: SimBody) => void) => sim.apply((s) => change(s.body));
  return {
    getAsync: sim.method("body.getAsync", (rest) => read(rest[0])),
    getTypeAsync: sim.method("body.getTypeAsync", () => sim.state.body.type),
    setAsync: sim.method("body.setAsync", (rest, options) =>
      editBody((b) => {
        b.content = incoming(rest[0], options);
        b.cursor = undefined;
      }),
    ),
    prependAsync: sim.method("body.prependAsync", (rest, options) =>
      editBody((b) => {
        b.content = incoming(rest[0], options) + b.content;
      }),
    ),
    appendOnSendAsync: sim.method("body.appendOnSendAsync", (rest, options) =>
      editBody((b) => {
        b.content = b.content + incoming(rest[0], options);
      }),
    ),
    setSelectedDataAsync: sim.method("body.setSelectedDataAsync", (rest, options) =>
      editBody((b) => {
        const insert = incoming(rest[0], options);
        const at = Math.min(b.cursor ?? 0, b.content.length);
        b.content = b.content.slice(0, at) + insert + b.content.slice(at);
        b.cursor = at + insert.length;
      }),
    ),
  };
}

function htmlBody(sim: OfficeSim): string {
  return sim.state.body.type === "html" ? sim.state.body.content : textToHtml(sim.state.body.content);
}
