import { useEffect, useState } from "react";
import type { LoadedPolicy } from "../outlook/policy-source";

// The tenant's policy for a pane, loaded once per pane session through the one loader.

export function usePanePolicy(load: () => Promise<LoadedPolicy>): LoadedPolicy | undefined {
  const [loaded, setLoaded] = useState<LoadedPolicy | undefined>();
  useEffect(() => {
    let alive = true;
    void load().then((policy) => alive && setLoaded(policy));
    return () => {
      alive = false;
    };
  }, [load]);
  return loaded;
}
