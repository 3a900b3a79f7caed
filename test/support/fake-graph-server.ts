import * as http from "http";
import type { AddressInfo } from "net";
import { FakeGraph, sampleDirectory, type FakeGraphOptions } from "../../src/playground/meeting-graph";

// The fake Graph served over HTTP on 127.0.0.1, so tests run the real
// @microsoft/microsoft-graph-client (middleware, RetryHandler, fetch) against it.
//
//   const server = await startFakeGraphServer();
//   const api = createGraphApi({ baseUrl: server.baseUrl, tokenSource: staticToken("t") });
//   ...
//   await server.close();

export interface FakeGraphServer {
  graph: FakeGraph;
  /** "http://127.0.0.1:PORT/" */
  baseUrl: string;
  /** "http://127.0.0.1:PORT/v1.0" */
  root: string;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startFakeGraphServer(options: Partial<FakeGraphOptions> = {}): Promise<FakeGraphServer> {
  const graph = new FakeGraph({ users: sampleDirectory(), me: "tom.chen@contoso.com", ...options });
  const server = http.createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      const url = req.url ?? "/";
      const path = url.replace(/^\/v1\.0/, "") || "/";
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
      let body: unknown;
      if (text !== "") {
        try {
          body = JSON.parse(text);
        } catch {
          res.writeHead(400, { "Content-Type": "application/json" });
          res.end(JSON.stringify({ error: { code: "BadRequest", message: "Unable to read JSON request payload." } }));
          return;
        }
      }
      // CORS for the browser tests: the playground page calls this server from another origin.
      const cors = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "Authorization, Content-Type, SdkVersion, client-request-id, Retry-Attempt", "Access-Control-Allow-Methods": "GET, POST, PATCH, OPTIONS", "Access-Control-Expose-Headers": "Retry-After" };
      if (req.method === "OPTIONS") {
        res.writeHead(204, cors);
        res.end();
        return;
      }
      const answer = await graph.handle({ method: req.method ?? "GET", path, headers, body });
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      res.writeHead(answer.status, { ...answer.headers, ...cors });
      res.end(answer.raw !== undefined ? answer.raw : answer.body === undefined ? "" : JSON.stringify(answer.body));
    })().catch((error) => {
      res.writeHead(500, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: { code: "generalException", message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}/`;
  graph.root = `${baseUrl}v1.0`;
  return {
    graph,
    baseUrl,
    root: graph.root,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
