import type { GraphApi } from "../../src/graph/failure";
import { GraphFailure } from "../../src/graph/failure";
import { readMyDepartment } from "../../src/graph/me";

// The user's own department through the Graph door: one GET of /me selecting department.

function apiAnswering(answer: () => Promise<unknown>, paths: string[]): GraphApi {
  const unused = () => Promise.reject(new Error("not used"));
  return { get: <T>(path: string) => (paths.push(path), answer() as Promise<T>), getAll: unused, post: unused, patch: unused, batch: unused };
}

test.each([
  [{ department: "市场部" }, "市场部"],
  [{ department: "  IT  " }, "IT"],
  [{ department: null }, ""],
  [{}, ""],
])("%j gives %j", async (me, expected) => {
  const paths: string[] = [];
  expect(await readMyDepartment(apiAnswering(async () => me, paths))).toBe(expected);
  expect(paths).toEqual(["/me?$select=department"]);
});

test("a Graph failure reaches the caller (the cache above decides what to use)", async () => {
  const api = apiAnswering(() => Promise.reject(new GraphFailure("forbidden", 403, "forbidden")), []);
  await expect(readMyDepartment(api)).rejects.toBeInstanceOf(GraphFailure);
});
