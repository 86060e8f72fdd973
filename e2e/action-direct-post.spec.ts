import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { createDemoUser } from "@/lib/seed/users";
import { DEMO_PASSWORD, demoAccounts } from "./accounts";
import { e2eDb } from "./support/database";
import { auditSince, changedTables, snapshot } from "./support/db-snapshot";
import { patternOfEntry, publicPages } from "./support/routes";
import { signedInRequest } from "./support/sessions";

// SECURITY.md §4 action-direct-post: every server action is a public POST endpoint, whatever
// page it sits on. For each action id of the build under test
// (.next/server/server-reference-manifest.json), POST to it directly — as an anonymous
// visitor, as a student, and with a foreign Origin as an admin — and prove that the answer
// is no success and that the database is unchanged, apart from the ACCESS_DENIED audit rows
// that refusals write.
//
// This spec runs in the "quiet" Playwright project, alone, after every other spec
// (playwright.config.ts): it compares the whole database before and after each request.
// It signs in by itself, so it also runs on its own.

/**
 * Actions anonymous visitors or students may call, and why. Every other action must refuse
 * both. A caller an action is open to may change only the tables it names, and only as
 * themselves (any audit rows are theirs).
 */
type Visitor = "anonymous" | "student";
const ownAccount = { open: ["student"], mayChange: ["User", "AuditEvent"], why: "every signed-in user manages their own account on /account" } as const;
const openActions: Record<string, { open: readonly Visitor[]; mayChange?: readonly string[]; why: string }> = {
  "lib/actions/set-locale.ts#setLocale": {
    open: ["anonymous", "student"],
    why: "the language switch: it only sets the language cookie and, for a signed-in user, their own saved language",
  },
  "lib/actions/sign-out.ts#signOut": {
    open: ["anonymous", "student"],
    mayChange: ["AuditEvent"],
    why: "signing out ends only the caller's own session (a visitor is just sent to the sign-in page)",
  },
  "lib/actions/invitation.ts#acceptInvitationAction": {
    open: ["anonymous", "student"],
    why: "the invitation link's token is the credential; the probe carries none, so it is refused",
  },
  "lib/actions/account.ts#changeOwnPassword": ownAccount,
  "lib/actions/account.ts#signOutEverywhere": ownAccount,
  "lib/actions/account.ts#beginTwoFactorSetup": ownAccount,
  "lib/actions/account.ts#cancelTwoFactorSetup": ownAccount,
  "lib/actions/account.ts#confirmTwoFactorSetup": ownAccount,
  "lib/actions/account.ts#regenerateOwnRecoveryCodes": ownAccount,
  "lib/actions/account.ts#turnOffTwoFactor": ownAccount,
};

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
type Manifest = { node?: Record<string, ManifestEntry>; edge?: Record<string, ManifestEntry> };

const manifestFile = new URL("../.next/server/server-reference-manifest.json", import.meta.url);
const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;

const actions = Object.entries({ ...manifest.node, ...manifest.edge }).map(([id, entry]) => {
  const pages = Object.keys(entry.workers).filter((worker) => worker.startsWith("app/") && worker.endsWith("/page"));
  const paths = pages.map(patternOfEntry);
  return {
    id,
    name: `${entry.filename ?? "?"}#${entry.exportedName ?? id}`,
    // A page that has the action, public if it can be (after an action that sets a cookie,
    // Next renders the page again for the caller); Next forwards to another worker if need be.
    path: paths.find((path) => path in publicPages) ?? paths.find((path) => !path.includes("[")) ?? "/",
  };
});

const ORIGIN_HEADER = (baseURL: string | undefined) => new URL(baseURL ?? "").origin;

/**
 * The body React's encodeReply makes for a form action's `(previousState, formData)`: the
 * FormData's fields prefixed with its reference, then the root row pointing at it. Plausible
 * fields, valid for no action in particular (the role check comes before validation).
 */
function actionBody(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify([null, "$K1"]));
  return body;
}

const probe = () => ({ id: crypto.randomUUID(), name: "Direct post", email: "direct-post@example.edu", notes: "probe", version: "1" });

function post(context: APIRequestContext, action: (typeof actions)[number], origin: string, body: FormData) {
  return context.post(action.path, { headers: { "Next-Action": action.id, Origin: origin, Accept: "text/x-component" }, multipart: body, maxRedirects: 0 });
}

/** The action's return value from the RSC answer: row 0 points at it ("a":"$@1"). */
async function outcome(response: APIResponse) {
  const text = await response.text();
  const rows = new Map(
    text
      .split("\n")
      .filter((line) => /^[0-9a-f]+:/.test(line))
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)] as const),
  );
  let result: unknown = undefined;
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const raw = root?.a?.startsWith("$@") ? rows.get(root.a.slice(2)) : undefined;
    result = raw === undefined ? undefined : raw.startsWith("E") ? { error: JSON.parse(raw.slice(1)) as unknown } : (JSON.parse(raw) as unknown);
  } catch {
    result = { unreadable: text.slice(0, 200) };
  }
  // A form action refuses with { ok: false } or an error; a read action by answering nothing.
  const refused =
    response.status() >= 400 ||
    (Array.isArray(result) && result.length === 0) ||
    (typeof result === "object" && result !== null && ("error" in result || (result as { ok?: unknown }).ok === false));
  return { status: response.status(), result, refused, redirected: Boolean(response.headers()["x-action-redirect"]), text };
}

test.describe.configure({ mode: "default" });

test("the build under test lists its server actions with their names", () => {
  expect(actions.length).toBeGreaterThan(0);
  for (const action of actions) expect(action.name, action.id).toMatch(/^(app|lib|components)\/.+#\w+$/);
  const names = new Set(actions.map((action) => action.name));
  for (const name of Object.keys(openActions)) expect(names, `openActions names ${name}, which the build does not have`).toContain(name);
});

test("the direct POST reaches the action: the language switch works for an anonymous visitor", async ({ playwright, baseURL }) => {
  const setLocale = actions.find((action) => action.name === "lib/actions/set-locale.ts#setLocale");
  expect(setLocale).toBeDefined();
  const anonymous = await playwright.request.newContext({ baseURL });
  const before = await snapshot(e2eDb(baseURL));
  const response = await post(anonymous, setLocale!, ORIGIN_HEADER(baseURL), actionBody({ locale: "zh" }));
  const answer = await outcome(response);
  expect(answer.result).toEqual({ ok: true });
  expect(response.headers()["set-cookie"]).toContain("meridian.locale=zh");
  expect(changedTables(before, await snapshot(e2eDb(baseURL)))).toEqual([]);
  await anonymous.dispose();
});

test("the fingerprint sees a change: a signed-in user's direct language switch is saved", async ({ playwright, baseURL }) => {
  const db = e2eDb(baseURL);
  const email = `direct-post-${crypto.randomUUID()}@example.edu`;
  const user = await createDemoUser(db, { email, role: "STAFF", password: DEMO_PASSWORD });
  const context = await signedInRequest(playwright, baseURL, email);
  const setLocale = actions.find((action) => action.name === "lib/actions/set-locale.ts#setLocale")!;
  const before = await snapshot(db);
  const answer = await outcome(await post(context, setLocale, ORIGIN_HEADER(baseURL), actionBody({ locale: "zh" })));
  expect(answer.result).toEqual({ ok: true });
  expect(changedTables(before, await snapshot(db))).toEqual(["User"]);
  expect(await auditSince(db, before)).toEqual([{ action: "UPDATE", actorId: user.id, entityType: "User" }]);
  await context.dispose();
});

for (const action of actions) {
  test(`${action.name}: a direct POST by an anonymous visitor or a student changes nothing`, async ({ playwright, baseURL }) => {
    const db = e2eDb(baseURL);
    const student = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.student }, select: { id: true } });
    const visitors = [
      { who: "anonymous" as const, actorId: null, context: await playwright.request.newContext({ baseURL }) },
      { who: "student" as const, actorId: student.id, context: await signedInRequest(playwright, baseURL, demoAccounts.student) },
    ];
    for (const { who, actorId, context } of visitors) {
      const before = await snapshot(db);
      const answer = await outcome(await post(context, action, ORIGIN_HEADER(baseURL), actionBody(probe())));
      const what = `${who}: ${answer.status} ${JSON.stringify(answer.result)}`;
      const changed = changedTables(before, await snapshot(db));
      const audit = await auditSince(db, before);
      const open = openActions[action.name];
      if (open?.open.includes(who)) {
        // Allowed to this caller: whatever it did stays within its tables and is their own.
        expect(changed.filter((table) => !open.mayChange?.includes(table)), what).toEqual([]);
        expect(audit.filter((row) => row.actorId !== actorId), what).toEqual([]);
      } else {
        expect(answer.refused, what).toBe(true);
        expect(answer.redirected, what).toBe(false);
        expect(changed, what).toEqual([]);
        expect(audit.filter((row) => row.action !== "ACCESS_DENIED"), what).toEqual([]);
        // Refused by its role check (which audits it), not by luck in validation.
        expect(audit, what).toContainEqual({ action: "ACCESS_DENIED", actorId, entityType: "Action" });
      }
      await context.dispose();
    }
  });
}

test("a foreign Origin is refused before any action runs, even for an admin with a valid body", async ({ playwright, baseURL }) => {
  const db = e2eDb(baseURL);
  const admin = await signedInRequest(playwright, baseURL, demoAccounts.admin);
  for (const action of actions) {
    const before = await snapshot(db);
    const fields = action.name.endsWith("#setLocale") ? { locale: "zh" } : probe();
    const response = await post(admin, action, "https://evil.example", actionBody(fields));
    const answer = await outcome(response);
    expect(answer.status, action.name).toBe(500);
    expect(answer.refused, action.name).toBe(true);
    expect(response.headers()["set-cookie"] ?? "", action.name).not.toContain("meridian.locale");
    expect(changedTables(before, await snapshot(db)), action.name).toEqual([]);
    expect(await auditSince(db, before), action.name).toEqual([]);
  }
  await admin.dispose();
});

test("an unreadable action body gets a bare error: a digest, no message, no stack", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const body = new FormData();
  body.append("0", JSON.stringify([null, "$Q1"]));
  const answer = await outcome(await post(anonymous, actions[0]!, ORIGIN_HEADER(baseURL), body));
  expect(answer.status).toBe(500);
  expect(answer.result).toEqual({ error: { digest: expect.stringMatching(/^\d+$/) } });
  expect(answer.text).not.toMatch(/Error|\bat\s|\.js|\.ts|node_modules|\/work\//);
  await anonymous.dispose();
});
