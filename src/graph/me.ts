import type { GraphApi } from "./failure";

// The signed-in user's own department, for the compliance events' department (§5.2 scores
// departments). GET /me?$select=department with the delegated User.Read scope
// (https://learn.microsoft.com/graph/api/user-get: department is not in the default property
// set, so it is selected). A user without one gives "".

export async function readMyDepartment(api: GraphApi): Promise<string> {
  const me = await api.get<{ department?: string | null }>("/me?$select=department");
  return typeof me.department === "string" ? me.department.trim() : "";
}
