import type { Event, Message, TodoTask, TodoTaskList, User } from "@microsoft/microsoft-graph-types";
import { CUSTOM_TYPES, graphError, newId, ok, select, splitPath, type FakeGraphOptions, type FakeRequest, type FakeResponse, type Fault } from "./fake-graph-shapes";

export { sampleDirectory, type FakeGraphOptions, type FakeRequest, type FakeResponse, type FakeUser, type Fault } from "./fake-graph-shapes";

// A small Microsoft Graph: the endpoints the meeting pane uses, with the documented response
// shapes (typed with @microsoft/microsoft-graph-types), the documented error body
// { error: { code, message } }, JSON $batch (at most 20 requests), paging with
// @odata.nextLink, and injected faults (429 + Retry-After, 401/403/404/503, malformed JSON,
// slow answers, a sub-request of a batch failing). The playground runs it inside the page;
// the tests serve it over HTTP on 127.0.0.1 (test/support/fake-graph-server.ts).

export class FakeGraph {
  readonly users = new Map<string, User & { managerMail?: string }>();
  readonly events = new Map<string, Event>();
  readonly todoLists: TodoTaskList[] = [];
  readonly tasks = new Map<string, TodoTask[]>();
  readonly messages: Message[] = [];
  /** Every request, top-level and batched, in order. */
  readonly log: FakeRequest[] = [];
  faults: Fault[] = [];
  root: string;
  /** What a new event looks like (Outlook's default reminder is 15 minutes). */
  eventDefaults: Event = { isReminderOn: true, reminderMinutesBeforeStart: 15 };
  private readonly me: string;

  constructor(private readonly options: FakeGraphOptions) {
    this.me = options.me.toLowerCase();
    this.root = options.root ?? "https://graph.microsoft.com/v1.0";
    for (const u of options.users) {
      this.users.set(u.mail.toLowerCase(), {
        id: `user-${u.mail.toLowerCase()}`,
        displayName: u.displayName,
        mail: u.mail,
        userPrincipalName: u.mail,
        department: u.department ?? null,
        jobTitle: u.jobTitle ?? null,
        managerMail: u.manager?.toLowerCase(),
      });
    }
    this.todoLists.push(
      { id: "list-flagged", displayName: "Flagged Emails", wellknownListName: "flaggedEmails", isOwner: true, isShared: false },
      { id: "list-groceries", displayName: "Groceries", wellknownListName: "none", isOwner: true, isShared: false },
      { id: "list-tasks", displayName: "Tasks", wellknownListName: "defaultList", isOwner: true, isShared: false },
    );
  }

  /** Top-level requests only (what a client pays for). */
  get topLevelRequests(): FakeRequest[] {
    return this.log.filter((r) => !r.inBatch);
  }

  addEvent(id: string, event: Event = {}): void {
    this.events.set(id, { id, subject: "", ...this.eventDefaults, singleValueExtendedProperties: [], ...event });
  }

  fault(fault: Fault): this {
    this.faults.push({ times: 1, scope: "any", ...fault });
    return this;
  }

  private takeFault(request: FakeRequest): Fault | undefined {
    const line = `${request.method} ${decodeURIComponent(request.path)}`;
    const index = this.faults.findIndex(
      (f) => (f.times ?? 1) > 0 && f.match.test(line) && (f.scope === "any" || f.scope === undefined || (f.scope === "batch") === !!request.inBatch),
    );
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }

  async handle(request: FakeRequest): Promise<FakeResponse> {
    this.log.push(request);
    const fault = this.takeFault(request);
    if (!request.inBatch) {
      const auth = Object.entries(request.headers).find(([k]) => k.toLowerCase() === "authorization")?.[1] ?? "";
      const token = /^Bearer (.+)$/.exec(auth)?.[1];
      if (!token || (this.options.validTokens && !this.options.validTokens.includes(token))) {
        return graphError(401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
      }
    }
    if (fault) {
      const delay = fault.delayMs;
      if (fault.raw !== undefined) return { status: fault.status ?? 200, headers: { ...CUSTOM_TYPES }, raw: fault.raw, delayMs: delay };
      if (fault.status !== undefined) {
        const extra = fault.retryAfterSeconds !== undefined ? { "Retry-After": String(fault.retryAfterSeconds) } : undefined;
        const code = fault.code ?? (fault.status === 429 ? "TooManyRequests" : fault.status === 503 ? "ServiceUnavailable" : fault.status === 403 ? "Authorization_RequestDenied" : fault.status === 404 ? "Request_ResourceNotFound" : "generalException");
        return { ...graphError(fault.status, code, `Injected ${fault.status}`, extra), delayMs: delay };
      }
      const answer = await this.route(request);
      return { ...answer, delayMs: delay };
    }
    return this.route(request);
  }

  private async route(request: FakeRequest): Promise<FakeResponse> {
    const { segments, query } = splitPath(request.path);
    const [a, b, c, d, e] = segments;
    const method = request.method.toUpperCase();
    if (method === "POST" && a === "$batch" && segments.length === 1) return this.batch(request);
    if (method === "GET" && a === "me" && segments.length === 1) return this.user(this.me, query);
    if (a === "users" && segments.length === 1 && method === "GET") return this.userList(query);
    if (a === "users" && b && segments.length === 2 && method === "GET") return this.user(b, query);
    if (a === "users" && b && c === "manager" && segments.length === 3 && method === "GET") return this.manager(b, query);
    if (a === "me" && b === "events" && c && segments.length === 3) {
      if (method === "GET") return this.getEvent(c, query);
      if (method === "PATCH") return this.patchEvent(c, request.body);
    }
    if (a === "me" && b === "todo" && c === "lists" && segments.length === 3 && method === "GET") return this.lists(query);
    if (a === "me" && b === "todo" && c === "lists" && d && e === "tasks" && segments.length === 5 && method === "POST") return this.createTask(d, request.body);
    if (a === "me" && b === "messages" && segments.length === 2 && method === "POST") return this.createMessage(request.body);
    return graphError(400, "BadRequest", `Resource not found for the segment '${segments[segments.length - 1] ?? ""}'.`);
  }

  private publicUser(key: string): User | undefined {
    const u = this.users.get(key.toLowerCase()) ?? Array.from(this.users.values()).find((x) => x.id === key);
    if (!u) return undefined;
    const { managerMail: _m, ...rest } = u;
    return { ...rest };
  }

  private user(key: string, query: URLSearchParams): FakeResponse {
    const user = this.publicUser(key);
    if (!user) return graphError(404, "Request_ResourceNotFound", `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
    const body: Record<string, unknown> = { "@odata.context": `${this.root}/$metadata#users/$entity`, ...select(user, query) };
    const expand = query.get("$expand") ?? "";
    if (/^manager\b/.test(expand)) {
      const managerMail = this.users.get((user.mail ?? "").toLowerCase())?.managerMail;
      const manager = managerMail ? this.publicUser(managerMail) : undefined;
      const inner = /^manager\(\$select=([^)]*)\)/.exec(expand)?.[1];
      if (manager) body.manager = { "@odata.type": "#microsoft.graph.user", ...(inner ? select(manager, new URLSearchParams({ $select: inner })) : manager) };
    }
    return ok(body);
  }

  private manager(key: string, query: URLSearchParams): FakeResponse {
    const u = this.users.get(key.toLowerCase());
    const manager = u?.managerMail ? this.publicUser(u.managerMail) : undefined;
    if (!manager) return graphError(404, "Request_ResourceNotFound", `Resource 'manager' does not exist or one of its queried reference-property objects are not present.`);
    return ok({ "@odata.context": `${this.root}/$metadata#directoryObjects/$entity`, "@odata.type": "#microsoft.graph.user", ...select(manager, query) });
  }

  private eventOrMissing(id: string): Event | undefined {
    if (!this.events.has(id) && this.options.autoCreateEvents) this.addEvent(id);
    return this.events.get(id);
  }

  private getEvent(id: string, query: URLSearchParams): FakeResponse {
    const event = this.eventOrMissing(id);
    if (!event) return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    const expand = query.get("$expand") ?? "";
    const { singleValueExtendedProperties, ...rest } = event;
    const body: Record<string, unknown> = { "@odata.context": `${this.root}/$metadata#users('me')/events/$entity`, ...select(rest, query) };
    const filter = /singleValueExtendedProperties\(\$filter=id eq '([^']*)'\)/.exec(expand)?.[1];
    if (filter !== undefined) {
      body.singleValueExtendedProperties = (singleValueExtendedProperties ?? []).filter((p) => p.id?.toLowerCase() === filter.toLowerCase());
    }
    return ok(body);
  }

  private patchEvent(id: string, body: unknown): FakeResponse {
    const event = this.eventOrMissing(id);
    if (!event) return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    if (!body || typeof body !== "object") return graphError(400, "ErrorInvalidRequest", "Cannot read the request body.");
    const patch = body as Event;
    const props = [...(event.singleValueExtendedProperties ?? [])];
    for (const p of patch.singleValueExtendedProperties ?? []) {
      const at = props.findIndex((x) => x.id?.toLowerCase() === p.id?.toLowerCase());
      if (at >= 0) props[at] = p;
      else props.push(p);
    }
    Object.assign(event, patch, { singleValueExtendedProperties: props });
    const { singleValueExtendedProperties: _s, ...visible } = event;
    return ok({ "@odata.context": `${this.root}/$metadata#users('me')/events/$entity`, ...visible });
  }

  /** GET /users: the directory, $top to a page (default 100, as Graph), paged with $skiptoken. */
  private userList(query: URLSearchParams): FakeResponse {
    const all = Array.from(this.users.values()).map(({ managerMail: _manager, ...user }) => user);
    const size = Math.min(Number(query.get("$top") ?? "100") || 100, this.options.pageSize ?? 999);
    const skip = Number(query.get("$skiptoken") ?? "0") || 0;
    const body: Record<string, unknown> = { "@odata.context": `${this.root}/$metadata#users`, value: all.slice(skip, skip + size).map((u) => select(u, query)) };
    if (skip + size < all.length) {
      const next = new URLSearchParams(query);
      next.set("$skiptoken", String(skip + size));
      body["@odata.nextLink"] = `${this.root}/users?${next.toString()}`;
    }
    return ok(body);
  }

  private lists(query: URLSearchParams): FakeResponse {
    const size = this.options.pageSize ?? 2;
    const skip = Number(query.get("$skiptoken") ?? "0") || 0;
    const page = this.todoLists.slice(skip, skip + size).map((l) => select(l, query));
    const body: Record<string, unknown> = { "@odata.context": `${this.root}/$metadata#users('me')/todo/lists`, value: page };
    if (skip + size < this.todoLists.length) {
      const next = new URLSearchParams(query);
      next.set("$skiptoken", String(skip + size));
      body["@odata.nextLink"] = `${this.root}/me/todo/lists?${next.toString()}`;
    }
    return ok(body);
  }

  private createTask(listId: string, body: unknown): FakeResponse {
    if (!this.todoLists.some((l) => l.id === listId)) return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    const input = (body ?? {}) as TodoTask;
    if (!input.title) return graphError(400, "invalidRequest", "Invalid request: title is required.");
    const task: TodoTask = { id: newId("task-"), status: "notStarted", importance: "normal", createdDateTime: new Date().toISOString(), ...input };
    this.tasks.set(listId, [...(this.tasks.get(listId) ?? []), task]);
    return ok({ "@odata.context": `${this.root}/$metadata#users('me')/todo/lists('${listId}')/tasks/$entity`, "@odata.etag": "W/\"fake\"", ...task }, 201);
  }

  private createMessage(body: unknown): FakeResponse {
    const input = (body ?? {}) as Message;
    const message: Message = { id: newId("AAMkDraft"), isDraft: true, createdDateTime: new Date().toISOString(), ...input };
    this.messages.push(message);
    const { singleValueExtendedProperties: _s, ...visible } = message;
    return ok({ "@odata.context": `${this.root}/$metadata#users('me')/messages/$entity`, ...visible }, 201);
  }

  private async batch(request: FakeRequest): Promise<FakeResponse> {
    const payload = request.body as { requests?: { id?: string; method?: string; url?: string; body?: unknown; headers?: Record<string, string> }[] } | undefined;
    if (!payload || !Array.isArray(payload.requests)) return graphError(400, "BadRequest", "Invalid batch payload format.");
    if (payload.requests.length > 20) return graphError(400, "BadRequest", "Number of batch request steps exceeds the maximum of 20.");
    const responses = [];
    for (const r of payload.requests) {
      const url = String(r.url ?? "");
      const answer = await this.handle({ method: String(r.method ?? "GET"), path: url.startsWith("/") ? url : `/${url}`, headers: r.headers ?? {}, body: r.body, inBatch: true });
      responses.push({ id: String(r.id), status: answer.status, headers: answer.headers, body: answer.raw !== undefined ? answer.raw : answer.body });
    }
    return ok({ responses });
  }
}

/** A `fetch` that answers from a FakeGraph, for the playground page (no network involved). */
export function fakeGraphFetch(graph: FakeGraph, root: string): (input: string, init: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const path = input.startsWith(root) ? input.slice(root.length) : input;
    const headers: Record<string, string> = {};
    new Headers(init.headers as HeadersInit | undefined).forEach((v, k) => (headers[k] = v));
    let body: unknown;
    if (typeof init.body === "string" && init.body !== "") {
      try {
        body = JSON.parse(init.body);
      } catch {
        body = undefined;
      }
    }
    const answer = await graph.handle({ method: init.method ?? "GET", path, headers, body });
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    const text = answer.raw !== undefined ? answer.raw : answer.body === undefined ? "" : JSON.stringify(answer.body);
    return new Response(answer.status === 204 ? null : text, { status: answer.status, headers: answer.headers });
  };
}

