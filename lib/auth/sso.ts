import "server-only";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import type { SsoConfig } from "./sso-config";
import { decideSsoSignIn, parseIdTokenClaims, studentNameFrom, type SsoCandidate, type SsoClaims, type SsoRefusal } from "./sso-decision";

// Carries out the single sign-on decision (sso-decision.ts) against the database: admits,
// links an identity, creates a student, or refuses — each audited in one transaction with
// its change. Like authenticate() for passwords, it runs before there is an actor.

export type SsoSignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: SsoRefusal | "invalid-claims" | "error" };

const candidateSelect = { id: true, disabledAt: true, ssoLinkAllowed: true, sessionVersion: true } as const;
type CandidateRow = { id: string; disabledAt: Date | null; ssoLinkAllowed: boolean; sessionVersion: number };
const asCandidate = (row: CandidateRow | null | undefined): SsoCandidate | null =>
  row ? { id: row.id, disabled: row.disabledAt !== null, ssoLinkAllowed: row.ssoLinkAllowed } : null;

/** Thrown inside a transaction when the row changed under us (the link allowance was used or withdrawn). */
class Superseded extends Error {}

/** Signs in the person an identity provider vouched for, given the validated ID token's claims. */
export async function signInWithSso(rawClaims: unknown, config: Pick<SsoConfig, "issuer" | "studentDomains">): Promise<SsoSignInResult> {
  const claims = parseIdTokenClaims(rawClaims);
  try {
    if (!claims) return await refuse(null, "invalid-claims");
    return await decideAndApply(claims, config);
  } catch (error) {
    log.error({ err: error, issuer: claims?.issuer }, "single sign-on failed");
    return { ok: false, reason: "error" };
  }
}

async function decideAndApply(claims: SsoClaims, config: Pick<SsoConfig, "issuer" | "studentDomains">): Promise<SsoSignInResult> {
  const identity = await db().userIdentity.findUnique({
    where: { issuer_subject: { issuer: claims.issuer, subject: claims.subject } },
    select: { user: { select: candidateSelect } },
  });
  const byEmail = !identity && claims.email ? await db().user.findUnique({ where: { email: claims.email }, select: candidateSelect }) : null;
  const outcome = decideSsoSignIn({
    claims,
    expectedIssuer: config.issuer,
    byIdentity: asCandidate(identity?.user),
    byEmail: asCandidate(byEmail),
    studentDomains: config.studentDomains,
  });

  switch (outcome.kind) {
    case "refuse":
      return refuse(claims, outcome.reason, outcome.userId);
    case "admit": {
      const user = identity?.user as CandidateRow;
      await db().$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        await recordAudit(tx, signInEntry(user.id));
      });
      return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
    }
    case "link":
      return link(claims, byEmail as CandidateRow);
    case "create-student":
      return createStudent(claims);
  }
}

// The admin's allowance is used once: the flag is cleared in the same transaction, and only
// if it is still set and the user still enabled (a second, concurrent sign-in links nothing).
async function link(claims: SsoClaims, user: CandidateRow): Promise<SsoSignInResult> {
  try {
    await db().$transaction(async (tx) => {
      const cleared = await tx.user.updateMany({
        where: { id: user.id, ssoLinkAllowed: true, disabledAt: null },
        data: { ssoLinkAllowed: false, lastSignInAt: new Date(), version: { increment: 1 } },
      });
      if (cleared.count !== 1) throw new Superseded();
      const identity = await tx.userIdentity.create({
        data: { userId: user.id, issuer: claims.issuer, subject: claims.subject, email: claims.email },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "UPDATE",
        entityType: "User",
        entityId: user.id,
        changes: { ssoLinkAllowed: [true, false] },
      });
      await recordAudit(tx, identityCreated(identity.id, user.id, claims));
      await recordAudit(tx, signInEntry(user.id));
    });
  } catch (error) {
    if (error instanceof Superseded) return refuse(claims, "link-not-allowed", user.id);
    throw error;
  }
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

async function createStudent(claims: SsoClaims): Promise<SsoSignInResult> {
  const email = claims.email as string;
  const name = studentNameFrom(claims);
  const user = await db().$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email, name, role: "STUDENT", lastSignInAt: new Date() },
      select: { id: true, sessionVersion: true },
    });
    const identity = await tx.userIdentity.create({
      data: { userId: created.id, issuer: claims.issuer, subject: claims.subject, email },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: created.id,
      action: "CREATE",
      entityType: "User",
      entityId: created.id,
      changes: { email: [null, email], name: [null, name], role: [null, "STUDENT"] },
    });
    await recordAudit(tx, identityCreated(identity.id, created.id, claims));
    await recordAudit(tx, signInEntry(created.id));
    return created;
  });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

async function refuse(claims: SsoClaims | null, reason: SsoRefusal | "invalid-claims", userId?: string): Promise<SsoSignInResult> {
  await recordAudit(db(), {
    actorId: null,
    action: "SIGN_IN_FAILED",
    entityType: "User",
    entityId: userId ?? null,
    changes: {
      method: "sso",
      reason,
      issuer: claims?.issuer.slice(0, 500) ?? null,
      subject: claims?.subject ?? null,
      email: claims?.email ?? null,
    },
  });
  return { ok: false, reason };
}

const signInEntry = (userId: string) => ({
  actorId: userId,
  action: "SIGN_IN" as const,
  entityType: "User",
  entityId: userId,
  changes: { method: "sso" },
});

const identityCreated = (identityId: string, userId: string, claims: SsoClaims) => ({
  actorId: userId,
  action: "CREATE" as const,
  entityType: "UserIdentity",
  entityId: identityId,
  changes: {
    userId: [null, userId],
    issuer: [null, claims.issuer],
    subject: [null, claims.subject],
    email: [null, claims.email],
  },
});
