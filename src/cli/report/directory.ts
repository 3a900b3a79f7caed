// The optional people directory (--directory people.csv): address, display name, department,
// manager, one person a line, with or without a header line, RFC 4180 quoting. Without it the
// report groups by the sender's domain.

export interface DirectoryEntry {
  name: string;
  department: string;
  manager: string;
}

export type Directory = ReadonlyMap<string, DirectoryEntry>;

/** One CSV record's fields; quotes may hold commas and doubled quotes. Linear in the line. */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === "," || ch === "\t" || ch === ";") {
      fields.push(field.trim());
      field = "";
    } else field += ch;
  }
  fields.push(field.trim());
  return fields;
}

/** A line that is not a person: its number, and the address found there. */
export type DirectoryParse = { ok: true; directory: Directory } | { ok: false; line: number; address: string };

export function parseDirectory(text: string): DirectoryParse {
  const directory = new Map<string, DirectoryEntry>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === "") continue;
    const [address = "", name = "", department = "", manager = ""] = csvFields(lines[i]);
    if (i === 0 && !address.includes("@")) continue; // a header line
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) return { ok: false, line: i + 1, address };
    directory.set(address.toLowerCase(), { name, department, manager: manager.toLowerCase() });
  }
  return { ok: true, directory };
}
