// A real OpenID Connect provider (oidc-provider 9, the certified implementation) on
// localhost, for the end-to-end tests of single sign-on (e2e/sso.spec.ts): discovery, the
// authorization code flow with PKCE, signed ID tokens, and a plain sign-in page of its own
// (username = the account's subject, any password). Accounts are added by the tests through
// a small control endpoint, so each test makes its own, uniquely named.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type AccountClaims, type GrantContext } from "oidc-provider";

export type TestIdpAccount = {
  /** The subject, and the username typed on the provider's sign-in page. */
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
};

export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** POST a TestIdpAccount as JSON here, with `Authorization: Bearer <controlToken>`. */
  accountsUrl: string;
  controlToken: string;
  close: () => Promise<void>;
};

export const TEST_IDP_ACCOUNTS_PATH = "/test/accounts";
const INTERACTION = /^\/interaction\/([\w-]+)$/;

export async function startTestOidcProvider(options: { redirectUri: string }): Promise<TestOidcProvider> {
  const accounts = new Map<string, AccountClaims>();
  const controlToken = randomBytes(16).toString("hex");
  const clientId = "meridian-e2e";
  const clientSecret = randomBytes(24).toString("base64url");

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`Test identity provider: ${String(error)}`);
    });
  });
  // 127.0.0.1, not localhost: the app's server-side discovery and the browser must reach the
  // same address, and localhost may resolve to ::1 first.
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function route(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? "/", issuer).pathname;
    if (path === TEST_IDP_ACCOUNTS_PATH && req.method === "POST") return addAccount(req, res);
    // Nobody knows the issuer's address before this function returns, so no request
    // arrives before the provider below exists.
    if (INTERACTION.test(path)) return interaction(provider, req, res);
    handle(req, res);
  }

  async function addAccount(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.authorization !== `Bearer ${controlToken}`) return void res.writeHead(401).end();
    const account = JSON.parse(await readBody(req)) as TestIdpAccount;
    if (typeof account.sub !== "string" || !account.sub) return void res.writeHead(400).end();
    accounts.set(account.sub, { ...account });
    res.writeHead(201).end();
  }

  // The sign-in step of the authorization flow. Consent is never asked (loadExistingGrant).
  async function interaction(oidc: Provider, req: IncomingMessage, res: ServerResponse) {
    const details = await oidc.interactionDetails(req, res);
    if (req.method === "POST") {
      const username = new URLSearchParams(await readBody(req)).get("username") ?? "";
      if (accounts.has(username)) {
        return oidc.interactionFinished(req, res, { login: { accountId: username } }, { mergeWithLastSubmission: false });
      }
      return signInPage(res, details.uid, "Unknown username.");
    }
    signInPage(res, details.uid);
  }

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "e2e-signing", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put email and name in the ID token, as university providers (Keycloak, Entra ID) do;
    // next-auth reads the person from the ID token (`idToken: true`).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    async findAccount(_ctx, id) {
      const claims = accounts.get(id);
      return claims ? { accountId: id, claims: () => claims } : undefined;
    },
    // Meridian is the university's own application: no consent screen, as at a real
    // university provider. The grant covers the scopes Meridian asks for.
    async loadExistingGrant(ctx: GrantContext) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ accountId: oidc.session.accountId, clientId: oidc.client.clientId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    accountsUrl: `${issuer}${TEST_IDP_ACCOUNTS_PATH}`,
    controlToken,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of req) body += String(chunk);
  return body;
}

function signInPage(res: ServerResponse, uid: string, error?: string) {
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  res.writeHead(error ? 401 : 200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test university sign-in</title>
<style>body{font:16px system-ui,sans-serif;max-width:22rem;margin:3rem auto;padding:0 1rem}label,input,button{display:block;width:100%;box-sizing:border-box}input{margin:.25rem 0 1rem;padding:.5rem}button{padding:.6rem}</style>
</head><body>
<h1>Test university sign-in</h1>
${error ? `<p role="alert">${escape(error)}</p>` : ""}
<form method="post" action="/interaction/${escape(uid)}">
<label for="username">Username</label><input id="username" name="username" autocomplete="off" required autofocus>
<label for="password">Password</label><input id="password" name="password" type="password" required>
<button type="submit">Sign in</button>
</form></body></html>`);
}
