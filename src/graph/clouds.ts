// The Microsoft clouds a tenant can live in, and the hosts the add-in talks to in each. A build
// selects one (`CLOUD=global|china|usgov`, default global): the production pages load Office.js
// from its CDN, the panes sign in at its Entra authority and call its Graph endpoint, and the
// pages' Content-Security-Policy allows those hosts and no others.
//
// This module imports nothing: the build scripts read it too (scripts/ts-module.js), so the
// bundles, the CSP and the guide's table come from these values alone.

export type CloudName = "global" | "china" | "usgov";

export interface CloudEndpoints {
  /** Who runs it, for messages and the guide. */
  label: string;
  /** Office.js for the production pages. */
  officeJs: string;
  /** The Entra ID sign-in host; MSAL's authority is `${login}/${tenant}`. */
  login: string;
  /**
   * Further hosts MSAL itself sends this cloud's sign-in requests to: it swaps the authority's
   * host for the cloud's "preferred network" alias before any request (msal-common
   * `Authority.resolveEndpointsAsync`, hard-coded instance metadata in AuthorityMetadata).
   */
  loginAliases: readonly string[];
  /** The Microsoft Graph service root, with its trailing slash. */
  graph: string;
}

export const CLOUDS: Readonly<Record<CloudName, CloudEndpoints>> = {
  global: {
    label: "Microsoft 365 (global)",
    // "Referencing the Office JavaScript API library": learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
    officeJs: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    // "National clouds", Microsoft Entra authentication endpoints: learn.microsoft.com/entra/identity-platform/authentication-national-cloud
    login: "https://login.microsoftonline.com",
    loginAliases: [],
    // "Microsoft Graph national cloud deployments", service root endpoints: learn.microsoft.com/graph/deployments
    graph: "https://graph.microsoft.com/",
  },
  china: {
    label: "Microsoft 365 operated by 21Vianet (China)",
    // "Guidance for deploying Office Add-ins on government clouds", Office 365 operated by 21Vianet
    // (docs/includes/21Vianet-cdn.md): learn.microsoft.com/office/dev/add-ins/publish/government-cloud-guidance
    officeJs: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
    // Azure China operated by 21Vianet: learn.microsoft.com/graph/deployments (app registration and token service root endpoints)
    // and learn.microsoft.com/entra/identity-platform/authentication-national-cloud
    login: "https://login.chinacloudapi.cn",
    // The same sign-in service under its newer name (docs.azure.cn/entra/identity-platform/authentication-national-cloud);
    // MSAL's preferred network for login.chinacloudapi.cn, so its token requests go here.
    loginAliases: ["https://login.partner.microsoftonline.cn"],
    // Microsoft Graph China operated by 21Vianet: learn.microsoft.com/graph/deployments
    graph: "https://microsoftgraph.chinacloudapi.cn/",
  },
  usgov: {
    label: "Microsoft 365 GCC High (US Government L4)",
    // GCC High CDN: learn.microsoft.com/office/dev/add-ins/publish/government-cloud-guidance
    officeJs: "https://appsforoffice.gcch.cdn.office.net/appsforoffice/lib/1/hosted/office.js",
    // Azure US Government: learn.microsoft.com/entra/identity-platform/authentication-national-cloud
    login: "https://login.microsoftonline.us",
    loginAliases: [],
    // Microsoft Graph for US Government L4: learn.microsoft.com/graph/deployments
    graph: "https://graph.microsoft.us/",
  },
};

export const DEFAULT_CLOUD: CloudName = "global";

export function isCloudName(value: unknown): value is CloudName {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(CLOUDS, value);
}

/** Every sign-in host of a cloud: the authority's and the aliases MSAL sends requests to. */
export function signInOrigins(cloud: CloudEndpoints): string[] {
  return [cloud.login, ...cloud.loginAliases];
}
