// The Content-Security-Policy of the add-in's pages (src/page.html), for the build's cloud.
// Production pages may reach their own origin, the cloud's Office.js CDN, its sign-in hosts and
// its Graph endpoint, nothing else. The development output (the playground, `npm start`, the
// browser tests) also reaches servers on this machine: the tests' Graph server on 127.0.0.1 and
// the development server on localhost. COMPLIANCE_URL, when set, adds the compliance service.
const path = require("path");
const { loadTsModule } = require("./ts-module");

const { signInOrigins } = loadTsModule(path.join(__dirname, "..", "src", "graph", "clouds.ts"));

const LOCAL_HOSTS = ["http://localhost:*", "https://localhost:*", "http://127.0.0.1:*", "https://127.0.0.1:*"];

function origin(url) {
  return new URL(url).origin;
}

/** The policy's directives, name → sources, for `endpoints` (a CLOUDS entry). */
function cspDirectives(endpoints, { development = false, compliance } = {}) {
  const signIn = signInOrigins(endpoints).map(origin);
  const local = development ? LOCAL_HOSTS : [];
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'", origin(endpoints.officeJs)],
    // Fluent UI (Griffel) inserts its style rules at run time.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...signIn, origin(endpoints.graph), ...(compliance ? [origin(compliance)] : []), ...local],
    // MSAL renews tokens in a hidden frame on the sign-in host.
    "frame-src": ["'self'", ...signIn],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
}

function contentSecurityPolicy(endpoints, options) {
  return Object.entries(cspDirectives(endpoints, options))
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

module.exports = { LOCAL_HOSTS, cspDirectives, contentSecurityPolicy };
