import type { Policy } from "../config";

// Word lists are normalised once per policy, not once per check: the tenant's additions come
// from the policy, and re-normalising the built-in lists on every check was about 40 % of a
// typical mail's check. A policy object is immutable once parsed, so it is the cache key (held
// weakly: a replaced policy and its prepared lists go away together).

/** `build(policy)`, computed the first time a policy object is seen and reused after. */
export function perPolicy<T>(build: (policy: Policy) => T): (policy: Policy) => T {
  const cache = new WeakMap<Policy, T>();
  return (policy) => {
    let prepared = cache.get(policy);
    if (prepared === undefined) {
      prepared = build(policy);
      cache.set(policy, prepared);
    }
    return prepared;
  };
}
