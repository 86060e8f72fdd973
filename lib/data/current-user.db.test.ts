import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createDemoUser } from "@/lib/seed/users";

// The request's cookies, as next/headers would give them to getCurrentUser().
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));

const { getCurrentUser } = await import("./current-user");
const { bumpSessionVersion } = await import("./sessions");

async function signedInAs(id: string, sv: number) {
  jar.set(sessionCookie().name, await encode({ token: { sub: id, sv }, secret: env().NEXTAUTH_SECRET ?? "", maxAge: 3600 }));
}

describe("getCurrentUser (session-revocation at the data layer)", () => {
  beforeEach(() => jar.clear());

  it("accepts a token of the current session version and refuses it once the version moves on", async () => {
    const user = await createDemoUser(db(), { email: `session-${crypto.randomUUID()}@example.edu`, role: "STUDENT" });
    await signedInAs(user.id, 0);
    expect(await getCurrentUser()).toEqual({ id: user.id, email: user.email, name: user.name, role: "STUDENT", locale: null });
    await db().$transaction((tx) => bumpSessionVersion(tx, user.id));
    expect(await getCurrentUser()).toBeNull();
    await signedInAs(user.id, 1);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
  });
});
