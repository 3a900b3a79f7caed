// A file the CLI cannot turn into a draft. The reason is one line, meant for stderr.

export class InputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "InputError";
  }
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
