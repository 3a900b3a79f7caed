import type { Person } from "../policy/types";
import type { DirectoryEntry } from "./directory";

// §4.1: a meeting whose attendees come from two or more departments is cross-department,
// and its minutes go to the heads of those departments. A head is taken from the policy
// file's departmentHeads list when IT maintains one for that department (it wins: the
// directory's manager chain is often a team lead, not the head), otherwise the attendees'
// managers as the directory names them.
// uniquePeople is the one de-duplication of people by address (the meeting pane uses it too).

export interface DepartmentGroup {
  name: string;
  members: Person[];
  heads: Person[];
  /** Where the heads came from. */
  headsFrom: "policy" | "managers" | "none";
}

export interface DepartmentView {
  departments: DepartmentGroup[];
  /** Attendees the directory has no department for (or does not know). */
  unknown: Person[];
  crossDepartment: boolean;
  /** Every head of every department, once, as the people who must get the minutes. */
  heads: Person[];
}

const key = (address: string) => address.trim().toLowerCase();

export function uniquePeople(people: readonly Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const p of people) if (p.address && !seen.has(key(p.address))) seen.set(key(p.address), p);
  return Array.from(seen.values());
}

export function buildDepartmentView(
  attendees: readonly Person[],
  entries: ReadonlyMap<string, DirectoryEntry>,
  policyHeads: Readonly<Record<string, readonly string[]>> = {},
): DepartmentView {
  const groups = new Map<string, { name: string; members: Person[]; managers: Person[] }>();
  const unknown: Person[] = [];
  for (const person of uniquePeople([...attendees])) {
    const entry = entries.get(key(person.address));
    const department = entry?.found ? entry.department : undefined;
    if (!department) {
      unknown.push(person);
      continue;
    }
    const id = department.toLowerCase();
    const group = groups.get(id) ?? { name: department, members: [], managers: [] };
    group.members.push({ name: person.name || entry?.displayName, address: person.address });
    if (entry?.manager) group.managers.push(entry.manager);
    groups.set(id, group);
  }
  const policyByName = new Map(Object.entries(policyHeads).map(([name, list]) => [name.trim().toLowerCase(), list]));
  const departments: DepartmentGroup[] = Array.from(groups.entries())
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, g]) => {
      const configured = policyByName.get(id);
      if (configured && configured.length > 0) {
        return { name: g.name, members: g.members, heads: uniquePeople(configured.map((address) => ({ address }))), headsFrom: "policy" as const };
      }
      const managers = uniquePeople(g.managers);
      return { name: g.name, members: g.members, heads: managers, headsFrom: managers.length > 0 ? ("managers" as const) : ("none" as const) };
    });
  return {
    departments,
    unknown,
    crossDepartment: departments.length >= 2,
    heads: uniquePeople(departments.flatMap((d) => d.heads)),
  };
}
