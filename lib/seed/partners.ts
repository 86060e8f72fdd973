import type { Prisma } from "@/lib/generated/prisma/client";
import type { SeedDb, SeededPartner } from "./context";
import { PARTNERS, type PartnerSeed } from "./data/partners";
import { CALLING_CODES, CONTACT_NOTES, CONTACT_POSITIONS, drawName, emailLocalPart } from "./data/people";
import { createRandom, newId, uniqueSuffix, type Random } from "./random";

/** One partner with unique defaults; tests pass only the fields they assert on. */
export async function createPartner(db: SeedDb, data: Partial<Prisma.PartnerUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return db.partner.create({
    data: {
      nameEn: `Test University ${suffix}`,
      kind: "UNIVERSITY",
      country: "DE",
      city: "Berlin",
      status: "ACTIVE",
      ...data,
    },
  });
}

export async function createPartnerContact(
  db: SeedDb,
  partnerId: string,
  data: Partial<Omit<Prisma.PartnerContactUncheckedCreateInput, "partnerId">> = {},
) {
  const suffix = uniqueSuffix();
  return db.partnerContact.create({
    data: { partnerId, name: `Contact ${suffix}`, email: `contact.${suffix}@example.org`, ...data },
  });
}

function positionsFor(partner: PartnerSeed): readonly string[] {
  switch (partner.kind) {
    case "UNIVERSITY":
      return CONTACT_POSITIONS.university;
    case "RESEARCH_INSTITUTE":
      return CONTACT_POSITIONS.institute;
    case "ENTERPRISE":
      return CONTACT_POSITIONS.enterprise;
    default:
      return CONTACT_POSITIONS.agency;
  }
}

function phoneFor(random: Random, country: string): string {
  const code = CALLING_CODES[country] ?? "44";
  return `+${code} ${random.int(10, 99)} ${random.int(1000, 9999)} ${random.int(100, 999)}`;
}

function buildContacts(random: Random, partner: PartnerSeed, partnerId: string): Prisma.PartnerContactCreateManyInput[] {
  const count = partner.kind === "UNIVERSITY" ? random.int(1, 3) : random.int(1, 2);
  const positions = random.sample(positionsFor(partner), count);
  return positions.map((position) => {
    const name = drawName(random, partner.country);
    return {
      id: newId(),
      partnerId,
      name,
      position,
      email: `${emailLocalPart(name)}@${partner.key}.example.org`,
      phone: random.chance(0.6) ? phoneFor(random, partner.country) : null,
      notes: random.chance(0.2) ? random.pick(CONTACT_NOTES) : null,
    };
  });
}

/** The demo partners and their contacts as insert rows, with ids the later tables reference. */
export function buildDemoPartners() {
  const random = createRandom("contacts");
  const seeded = new Map<string, SeededPartner>();
  const partners: Prisma.PartnerCreateManyInput[] = [];
  const contacts: Prisma.PartnerContactCreateManyInput[] = [];
  for (const partner of PARTNERS) {
    if (seeded.has(partner.key)) throw new Error(`Duplicate demo partner key: ${partner.key}`);
    const id = newId();
    seeded.set(partner.key, { id, seed: partner });
    partners.push({
      id,
      nameEn: partner.nameEn,
      nameNative: partner.nameNative ?? null,
      otherNames: partner.otherNames?.join("\n") ?? null,
      acronym: partner.acronym ?? null,
      kind: partner.kind,
      country: partner.country,
      city: partner.city,
      website: partner.website,
      rorId: partner.rorId ?? null,
      erasmusCode: partner.erasmusCode ?? null,
      status: partner.status,
      tags: [...partner.tags],
      notes: partner.notes ?? null,
    });
    contacts.push(...buildContacts(random, partner, id));
  }
  return { partners, contacts, seeded };
}
