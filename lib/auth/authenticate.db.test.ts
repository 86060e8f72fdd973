import { beforeAll, describe, expect, it } from "vitest";
import { createDemoUser } from "@/lib/seed/users";
import { db } from "@/lib/db";
import { authenticate } from "./authenticate";

describe("authenticate", () => {
  const password = "correct horse battery";
  let email: string;
  let id: string;

  beforeAll(async () => {
    email = `auth-${crypto.randomUUID()}@example.edu`;
    ({ id } = await createDemoUser(db(), { email, role: "STAFF", password }));
  });

  it("accepts the right password, whatever the email's case and spaces", async () => {
    expect(await authenticate(`  ${email.toUpperCase()} `, password)).toEqual({ id, sessionVersion: 0, twoFactor: false });
  });

  it("says when the user must also give a second factor", async () => {
    const other = `totp-${crypto.randomUUID()}@example.edu`;
    const user = await createDemoUser(db(), { email: other, role: "STAFF", password });
    await db().user.update({ where: { id: user.id }, data: { totpSecret: "x", totpEnabledAt: new Date() } });
    expect(await authenticate(other, password)).toMatchObject({ id: user.id, twoFactor: true });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    expect(await authenticate(email, "wrong password!")).toBeNull();
    expect(await authenticate(`nobody-${crypto.randomUUID()}@example.edu`, password)).toBeNull();
    expect(await authenticate(email, "")).toBeNull();
  });

  it("refuses a disabled user even with the right password", async () => {
    const other = `disabled-${crypto.randomUUID()}@example.edu`;
    const user = await createDemoUser(db(), { email: other, role: "STAFF", password });
    await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await authenticate(other, password)).toBeNull();
  });

  it("never returns secrets from ordinary queries", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { id } });
    expect(user).not.toHaveProperty("passwordHash");
    expect(user).not.toHaveProperty("totpSecret");
  });
});
