import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { currentTotpCode } from "@/lib/auth/totp";
import { verifySecondFactor } from "@/lib/auth/two-factor";
import { db } from "@/lib/db";
import { createDemoUser } from "@/lib/seed/users";
import {
  changePassword,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  getAccountSecurity,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
} from "./account";
import { signOutEverywhere } from "./sessions";

const password = "correct horse battery";

async function newUser(role: "ADMIN" | "STAFF" | "STUDENT" = "STAFF") {
  const user = await createDemoUser(db(), { email: `account-${crypto.randomUUID()}@example.edu`, role, password });
  return { ...user, locale: null, address: `test-${crypto.randomUUID()}` };
}

const sessionVersionOf = async (id: string) =>
  (await db().user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;

const auditOf = (id: string) =>
  db().auditEvent.findMany({ where: { entityType: "User", entityId: id, action: { in: ["UPDATE", "SIGN_OUT"] } }, orderBy: { id: "asc" } });

describe("changePassword", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const user = await newUser();
    await expect(changePassword(user, { currentPassword: "not my password", newPassword: "a brand new passphrase" }, user.address)).rejects.toMatchObject({
      code: "INVALID",
      field: { name: "currentPassword", messageKey: "account.errors.passwordWrong" },
    });
    expect(await sessionVersionOf(user.id)).toBe(0);
    expect(await authenticate(user.email, password)).not.toBeNull();
  });

  it("refuses a common or too short new password", async () => {
    const user = await newUser();
    for (const [newPassword, messageKey] of [["Password2024!", "passwordTooCommon"], ["short", "passwordTooShort"]] as const) {
      await expect(changePassword(user, { currentPassword: password, newPassword }, user.address)).rejects.toMatchObject({ field: { name: "newPassword", messageKey } });
    }
  });

  it("sets the new password, ends every session and audits without secrets", async () => {
    const user = await newUser();
    const newPassword = "tangerine kettle orbit";
    expect(await changePassword(user, { currentPassword: password, newPassword }, user.address)).toEqual({ sessionVersion: 1 });
    expect(await authenticate(user.email, newPassword)).toMatchObject({ id: user.id, sessionVersion: 1 });
    expect(await authenticate(user.email, password)).toBeNull();
    const [event] = await auditOf(user.id);
    expect(event).toMatchObject({ actorId: user.id, action: "UPDATE", ip: user.address, changes: { password: [null, "changed"], sessionVersion: [0, 1] } });
    expect(JSON.stringify(event?.changes)).not.toContain(newPassword);
  });

  it("is throttled: ten wrong current passwords lock the account from that address", async () => {
    const user = await newUser();
    const wrong = { currentPassword: "not my password", newPassword: "a brand new passphrase" };
    for (let i = 0; i < 10; i++) await expect(changePassword(user, wrong, user.address)).rejects.toMatchObject({ field: { messageKey: "account.errors.passwordWrong" } });
    await expect(changePassword(user, { ...wrong, currentPassword: password }, user.address)).rejects.toMatchObject({ field: { messageKey: "account.errors.throttled" } });
  });
});

describe("signOutEverywhere", () => {
  it("bumps the session version and audits it", async () => {
    const user = await newUser("STUDENT");
    await signOutEverywhere(user, user.address);
    expect(await sessionVersionOf(user.id)).toBe(1);
    expect(await auditOf(user.id)).toMatchObject([{ action: "SIGN_OUT", changes: { scope: "everywhere", sessionVersion: [0, 1] } }]);
    await expect(signOutEverywhere(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("two-factor enrolment", () => {
  it("keeps the secret encrypted, needs a right code, then makes ten hashed recovery codes", async () => {
    const user = await newUser();
    expect(await getAccountSecurity(user)).toMatchObject({ twoFactorEnabledAt: null, enrolment: null });
    await startTwoFactorEnrolment(user);
    const { enrolment } = await getAccountSecurity(user);
    const secret = enrolment?.secret ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment?.uri).toContain(`secret=${secret}`);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
    expect(stored.totpEnabledAt).toBeNull();
    expect(stored.totpSecret).toMatch(/^v1\./);
    expect(stored.totpSecret).not.toContain(secret);

    await expect(confirmTwoFactorEnrolment(user, "000000", user.address)).rejects.toMatchObject({ field: { name: "code", messageKey: "account.errors.codeWrong" } });
    const { recoveryCodes, sessionVersion } = await confirmTwoFactorEnrolment(user, await currentTotpCode(secret), user.address);
    expect(recoveryCodes).toHaveLength(10);
    expect(sessionVersion).toBe(1);
    const security = await getAccountSecurity(user);
    expect(security).toMatchObject({ enrolment: null, recoveryCodesLeft: 10 });
    expect(security.twoFactorEnabledAt).toBeInstanceOf(Date);
    const hashes = await db().userRecoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(hashes).toHaveLength(10);
    for (const code of recoveryCodes) expect(hashes.some((row) => row.codeHash.includes(code.replace(/-/g, "")))).toBe(false);
    expect((await auditOf(user.id)).at(-1)).toMatchObject({ changes: { twoFactor: [false, true], recoveryCodes: [null, 10], sessionVersion: [0, 1] } });
    await expect(startTwoFactorEnrolment(user)).rejects.toMatchObject({ field: { messageKey: "account.errors.alreadyEnabled" } });
  });

  it("recovery codes work once each, and new ones replace the old", async () => {
    const user = await newUser();
    await startTwoFactorEnrolment(user);
    const secret = (await getAccountSecurity(user)).enrolment?.secret ?? "";
    const { recoveryCodes } = await confirmTwoFactorEnrolment(user, await currentTotpCode(secret), user.address);
    const [first = "", second = ""] = recoveryCodes;
    expect(await verifySecondFactor(user.id, first)).toEqual({ method: "recoveryCode", recoveryCodesLeft: 9 });
    expect(await verifySecondFactor(user.id, first)).toBeNull();
    expect((await getAccountSecurity(user)).recoveryCodesLeft).toBe(9);

    await expect(regenerateRecoveryCodes(user, "not my password", user.address)).rejects.toMatchObject({ field: { name: "password" } });
    const { recoveryCodes: fresh } = await regenerateRecoveryCodes(user, password, user.address);
    expect(await verifySecondFactor(user.id, second)).toBeNull();
    expect(await verifySecondFactor(user.id, fresh[0] ?? "")).toMatchObject({ method: "recoveryCode" });
    expect((await auditOf(user.id)).at(-1)).toMatchObject({ changes: { recoveryCodes: [9, 10] } });
  });

  it("turns off with the password or a code, not with a wrong one", async () => {
    for (const confirmWith of ["password", "code"] as const) {
      const user = await newUser();
      await startTwoFactorEnrolment(user);
      const secret = (await getAccountSecurity(user)).enrolment?.secret ?? "";
      const { recoveryCodes } = await confirmTwoFactorEnrolment(user, await currentTotpCode(secret), user.address);
      await expect(disableTwoFactor(user, "not my password", user.address)).rejects.toMatchObject({ field: { name: "passwordOrCode", messageKey: "account.errors.passwordWrong" } });
      await expect(disableTwoFactor(user, "000000", user.address)).rejects.toMatchObject({ field: { messageKey: "account.errors.codeWrong" } });
      const { sessionVersion } = await disableTwoFactor(user, confirmWith === "password" ? password : (recoveryCodes[0] ?? ""), user.address);
      expect(sessionVersion).toBe(2);
      const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
      expect(row).toEqual({ totpSecret: null, totpEnabledAt: null });
      expect(await db().userRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
      expect((await auditOf(user.id)).at(-1)).toMatchObject({ changes: { twoFactor: [true, false], confirmedWith: confirmWith } });
    }
  });
});
