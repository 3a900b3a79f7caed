import { CLOUDS, type CloudName } from "../../src/graph/clouds";
import { buildCloud, loadDeploymentConfig, parseDeploymentConfig } from "../../src/graph/config";
import { createSignInSession } from "../../src/graph/auth";

// config.json in each cloud: the build's cloud gives the sign-in authority and the Graph
// endpoint; a graphBaseUrl in the file is accepted only when it is that endpoint, so the bearer
// token cannot be sent anywhere else.

const created: Array<{ auth: { clientId: string; authority: string } }> = [];
jest.mock("@azure/msal-browser", () => ({
  ...jest.requireActual("@azure/msal-browser"),
  createNestablePublicClientApplication: async (config: { auth: { clientId: string; authority: string } }) => {
    created.push(config);
    return {
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      acquireTokenSilent: async () => ({ accessToken: "token", account: { homeAccountId: "a" } }),
    };
  },
}));

const CLIENT = "11111111-2222-3333-4444-555555555555";
const FILE = { clientId: CLIENT, tenantId: "contoso.partner.onmschina.cn" };

describe.each([
  ["global", "https://login.microsoftonline.com/contoso.partner.onmschina.cn", "https://graph.microsoft.com/"],
  ["china", "https://login.chinacloudapi.cn/contoso.partner.onmschina.cn", "https://microsoftgraph.chinacloudapi.cn/"],
  ["usgov", "https://login.microsoftonline.us/contoso.partner.onmschina.cn", "https://graph.microsoft.us/"],
] as Array<[CloudName, string, string]>)("CLOUD=%s", (cloud, authority, graph) => {
  it("signs in at the cloud's authority and calls the cloud's Graph", () => {
    const { config, problem } = parseDeploymentConfig(FILE, cloud);
    expect(problem).toBeUndefined();
    expect(config).toMatchObject({ clientId: CLIENT, cloud, authority, graphBaseUrl: graph });
  });

  it.each([graph, graph.replace(/\/$/, ""), graph.toUpperCase(), ` ${graph}`])("accepts graphBaseUrl %j: the cloud's own endpoint", (url) => {
    const { config, problem } = parseDeploymentConfig({ ...FILE, graphBaseUrl: url }, cloud);
    expect(problem).toBeUndefined();
    expect(config.graphBaseUrl).toBe(graph);
  });

  const others = (Object.keys(CLOUDS) as CloudName[]).filter((c) => c !== cloud).map((c) => CLOUDS[c].graph);
  it.each([
    ...others,
    "https://graph.contoso-evil.example/",
    `${graph.replace(/\/$/, "")}.evil.example/`,
    graph.replace("https://", "http://"),
    `${graph}v1.0/`,
    "not a url",
  ])("refuses graphBaseUrl %j, naming the key and the endpoint it must be, and keeps Graph off", (url) => {
    const { config, problem } = parseDeploymentConfig({ ...FILE, graphBaseUrl: url }, cloud);
    expect(problem).toContain(`graphBaseUrl: must be ${graph}`);
    expect(config.clientId).toBeUndefined();
    expect(config.graphBaseUrl).toBe(graph);
  });
});

describe("the build's cloud", () => {
  const saved = process.env.CLOUD;
  afterEach(() => {
    if (saved === undefined) delete process.env.CLOUD;
    else process.env.CLOUD = saved;
  });

  it("is CLOUD as the build wrote it, global where none or an unknown one was", () => {
    process.env.CLOUD = "china";
    expect(buildCloud()).toBe("china");
    expect(parseDeploymentConfig(FILE).config.authority).toBe("https://login.chinacloudapi.cn/contoso.partner.onmschina.cn");
    process.env.CLOUD = "mars";
    expect(buildCloud()).toBe("global");
    delete process.env.CLOUD;
    expect(buildCloud()).toBe("global");
  });

  it("is the cloud of an unreadable config.json too", async () => {
    process.env.CLOUD = "usgov";
    const loaded = await loadDeploymentConfig("config.json", (async () => ({ ok: false, status: 404 })) as unknown as typeof fetch);
    expect(loaded.problem).toBe("config.json: HTTP 404");
    expect(loaded.config).toMatchObject({ cloud: "usgov", graphBaseUrl: "https://graph.microsoft.us/" });
  });

  it("nested app authentication asks the cloud's authority for tokens", async () => {
    const office = { context: { requirements: { isSetSupported: (name: string) => name === "NestedAppAuth" } } } as unknown as typeof Office;
    const session = createSignInSession(parseDeploymentConfig(FILE, "china").config, office, "https://addin.contoso.cn/auth-dialog.html");
    expect(session.method).toBe("naa");
    await session.getToken();
    expect(created.at(-1)?.auth).toEqual({ clientId: CLIENT, authority: "https://login.chinacloudapi.cn/contoso.partner.onmschina.cn" });
  });
});
