import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Db } from "@/lib/db";
import type { AgreementKind, AgreementStatus } from "@/lib/generated/prisma/enums";
import type { FacultyCode } from "./data/faculties";
import type { PartnerSeed } from "./data/partners";

/** The app's client or an interactive transaction of it: the seed helpers accept either. */
export type SeedDb = Omit<Db, ITXClientDenyList>;

export type SeededFaculty = { id: string; code: FacultyCode; index: number; isced: readonly string[] };
export type SeededPartner = { id: string; seed: PartnerSeed };
export type SeededAgreement = {
  id: string;
  key: string;
  referenceNumber: string;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  partnerKeys: readonly string[];
  faculties: readonly FacultyCode[];
  signedOn: Date | null;
  effectiveOn: Date | null;
  expiresOn: Date | null;
  ministryApprovalNumber: string | null;
};

export type DemoUserIds = {
  admin: string;
  staff: string;
  staff2: string;
  student: string;
  students: readonly string[];
};

/** What the later parts of the demo need to know about the earlier ones. */
export type DemoContext = {
  /** Midnight UTC of the seed's day: every date in the demo is an offset from it. */
  referenceDate: Date;
  currentAcademicYear: number;
  faculties: ReadonlyMap<FacultyCode, SeededFaculty>;
  partners: ReadonlyMap<string, SeededPartner>;
  users: DemoUserIds;
};

export function requireEntry<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to an unknown ${what}: ${String(key)}`);
  return value;
}
