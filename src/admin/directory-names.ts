import { useCallback, useState } from "react";
import { pseudonymousUserKey } from "../compliance/user-key";
import type { NamedPeople } from "../graph/people";
import { DEV_BUILD, type DashboardSetup } from "./setup";
import type { TokenSource } from "./sign-in";

// The per-person table's names (compliance.perPerson): looked up only when an administrator
// asks, in the browser, from the directory through Microsoft Graph (graph/people.ts). The
// dashboard holds the tenant key for this: it is the policy file's compliance.tenantKey,
// which the dashboard reads beside the page as every pane does, so the key adds nothing an
// administrator did not have. The service never gets names or object ids. A development
// build may name a local Graph with ?graph=http://127.0.0.1:PORT/ (the tests' fake Graph),
// which takes any token.

export type NameResolver = (keys: ReadonlySet<string>) => Promise<NamedPeople>;

function devGraphOverride(search: string): string | undefined {
  if (!DEV_BUILD) return undefined;
  const url = new URLSearchParams(search).get("graph");
  return url && /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}\/$/.test(url) ? url : undefined;
}

/** How names are found, or undefined when they cannot be: no tenant key, or no Entra sign-in (and no local Graph). */
export function directoryNameResolver(setup: DashboardSetup, tokens: TokenSource, search: string = location.search): NameResolver | undefined {
  const tenantKey = setup.compliance.tenantKey;
  const localGraph = devGraphOverride(search);
  if (!tenantKey || (!localGraph && tokens.kind !== "msal")) return undefined;
  const getToken = localGraph ? async () => "development" : () => import("../graph/people").then((m) => tokens.graphToken(m.PEOPLE_SCOPE));
  const baseUrl = localGraph ?? setup.deployment.graphBaseUrl;
  return async (keys) => {
    const [client, people] = await Promise.all([import(/* webpackChunkName: "graph-client" */ "../graph/client"), import("../graph/people")]);
    return people.namesForKeys(client.createGraphApi({ tokenSource: { getToken }, baseUrl }), keys, (id) => pseudonymousUserKey(id, tenantKey));
  };
}

export type NamesState = { status: "idle" | "loading" | "failed"; names: ReadonlyMap<string, string> } | { status: "ready"; names: ReadonlyMap<string, string>; rows: number };

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** The names state and the look-up for a table's keys; a failure keeps the keys and says why. */
export function usePersonNames(resolver: NameResolver | undefined): [NamesState, (keys: readonly string[]) => void] {
  const [state, setState] = useState<NamesState>({ status: "idle", names: NO_NAMES });
  const lookUp = useCallback(
    (keys: readonly string[]) => {
      if (!resolver) return;
      setState({ status: "loading", names: NO_NAMES });
      const wanted = new Set(keys);
      resolver(wanted).then(
        (found) => setState({ status: "ready", names: found.names, rows: wanted.size }),
        () => setState({ status: "failed", names: NO_NAMES }),
      );
    },
    [resolver],
  );
  return [state, lookUp];
}
