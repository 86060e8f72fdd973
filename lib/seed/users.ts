import { hashPassword } from "@/lib/auth/password";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SeedDb, SeededFaculty } from "./context";
import type { FacultyCode } from "./data/faculties";
import { newId } from "./random";

type DemoUserKey = "admin" | "staff" | "staff2" | "student" | "student2" | "student3" | "student4";

type DemoUserSeed = {
  key: DemoUserKey;
  email: string;
  name: string;
  role: Role;
  studentNumber?: string;
  faculty?: FacultyCode;
};

// The sign-ins the README and the e2e fixtures name: one per role, plus a few more so lists
// and owner pickers have something to choose from. Student numbers: enrolment year,
// faculty number, serial.
export const DEMO_USERS: readonly DemoUserSeed[] = [
  { key: "admin", email: "admin@example.edu", name: "Alex Morgan", role: "ADMIN" },
  { key: "staff", email: "staff@example.edu", name: "Li Wei", role: "STAFF" },
  { key: "staff2", email: "zhou.min@example.edu", name: "Zhou Min", role: "STAFF", faculty: "ENG" },
  { key: "student", email: "student@example.edu", name: "Sam Taylor", role: "STUDENT", studentNumber: "2023030117", faculty: "BUS" },
  { key: "student2", email: "wang.fang@example.edu", name: "Wang Fang", role: "STUDENT", studentNumber: "2023020045", faculty: "CSE" },
  { key: "student3", email: "liu.yang@example.edu", name: "Liu Yang", role: "STUDENT", studentNumber: "2024050213", faculty: "SCI" },
  { key: "student4", email: "chen.xinyi@example.edu", name: "Chen Xinyi", role: "STUDENT", studentNumber: "2022040088", faculty: "FLS" },
];

/** The demo users as insert rows, all sharing one password hash (argon2 is slow on purpose). */
export function buildDemoUsers(passwordHash: string, faculties: ReadonlyMap<FacultyCode, SeededFaculty>) {
  const ids = Object.fromEntries(DEMO_USERS.map((user) => [user.key, newId()])) as Record<DemoUserKey, string>;
  const rows: Prisma.UserCreateManyInput[] = DEMO_USERS.map((user) => ({
    id: ids[user.key],
    email: user.email,
    name: user.name,
    role: user.role,
    passwordHash,
    studentNumber: user.studentNumber ?? null,
    facultyId: user.faculty ? (faculties.get(user.faculty)?.id ?? null) : null,
  }));
  return {
    rows,
    ids: {
      admin: ids.admin,
      staff: ids.staff,
      staff2: ids.staff2,
      student: ids.student,
      students: [ids.student, ids.student2, ids.student3, ids.student4],
    },
  };
}

export type NewDemoUser = {
  email: string;
  role: Role;
  name?: string;
  /** Hashed here (~50 ms); pass `passwordHash` instead when creating many users. */
  password?: string;
  passwordHash?: string;
  studentNumber?: string;
  facultyId?: string;
};

/** One user, for tests and fixtures: no audit event, unlike the admin screens' path. */
export async function createDemoUser(db: SeedDb, input: NewDemoUser) {
  const email = input.email.trim().toLowerCase();
  const passwordHash = input.passwordHash ?? (input.password ? await hashPassword(input.password) : null);
  return db.user.create({
    data: {
      email,
      name: input.name ?? nameFromEmail(email),
      role: input.role,
      passwordHash,
      studentNumber: input.studentNumber ?? null,
      facultyId: input.facultyId ?? null,
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

// "jane.doe+e2e-1a2b@example.edu" → "Jane Doe": tests rarely care about names, lists do.
function nameFromEmail(email: string): string {
  const local = email.split("@")[0]?.split("+")[0] ?? email;
  const words = local.split(/[._-]+/).filter(Boolean);
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ") || email;
}
