import type { OfficeSim } from "./office-sim-core";

// Running the sim in a page that loads the real Office.js (the playground's local copy).

interface UlsEndpoint {
  loadProxyFrame?: () => void;
}

/**
 * Keeps Office.js, loaded outside an Office host, from framing Microsoft's telemetry proxy.
 * Without a host, office.js loads o15apptofilemappingtable.js, whose top-level
 * `Logger.ulsEndpoint = creatULSEndpoint()` builds a `ULSEndpointProxy` that, 3 seconds later
 * (`setTimeout(loadProxyFrame, 3000)`), appends a hidden iframe to
 * https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html: the
 * page's CSP blocks it (frame-src) and a playground has no host to log for. The script declares
 * `var Logger` and reuses a `Logger` already on the global object, so a `Logger` whose
 * `ulsEndpoint` setter turns `loadProxyFrame` into a no-op stops the frame before it is made
 * (the log lines stay in the proxy's own bounded buffer). Call it before office.js runs;
 * called later, it disarms the endpoint already made.
 */
export function holdOfficeJsTelemetryFrame(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  const disarm = (endpoint: unknown): void => {
    if (endpoint && typeof endpoint === "object") (endpoint as UlsEndpoint).loadProxyFrame = () => undefined;
  };
  const existing = target.Logger as Record<string, unknown> | undefined;
  if (existing && typeof existing === "object" && existing.ulsEndpoint) {
    disarm(existing.ulsEndpoint);
    return;
  }
  let endpoint: unknown;
  const logger = existing && typeof existing === "object" ? existing : {};
  Object.defineProperty(logger, "ulsEndpoint", {
    configurable: true,
    enumerable: true,
    get: () => endpoint,
    set: (value: unknown) => {
      disarm(value);
      endpoint = value;
    },
  });
  target.Logger = logger;
}

/**
 * Installs the sim on a page that loads the real Office.js (the playground's local copy): under
 * the library's namespace once its `onReady` settled (outside a host it settles with
 * `{ host: null, platform: null }`), or as the whole namespace when the library is not there.
 * Resolves with true when the sim went under the real library.
 */
export async function installUnderOfficeJs(sim: OfficeSim, target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): Promise<boolean> {
  const office = target.Office as (Record<string, unknown> & { onReady?: () => PromiseLike<unknown> }) | undefined;
  if (!office || typeof office.onReady !== "function") {
    sim.install(target);
    return false;
  }
  await office.onReady();
  sim.installUnder(office, target);
  return true;
}
