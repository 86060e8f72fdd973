import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { createExchange, createExpert, createVisit } from "@/lib/seed/activity";
import { createAgreement } from "@/lib/seed/agreements";
import { addDays } from "@/lib/dates";
import { createPartner, createPartnerContact } from "@/lib/seed/partners";
import { createOpportunity, createProgramme } from "@/lib/seed/portal";
import { createDemoUser } from "@/lib/seed/users";

/**
 * Writes one canary value (CANARY-<random>) into every field a student or a visitor must
 * never see — partner notes, contact emails and phones, agreement notes, exchange
 * participants' emails, visit, expert and programme notes, another student's email and
 * application — around a published opportunity that student pages will list. Returns the
 * canary; canary-leak.spec.ts then reads every student and public page for it.
 * A new internal field gets the canary here in one line.
 */
export async function seedCanary(db: Db): Promise<string> {
  const canary = `CANARY-${randomBytes(8).toString("hex")}`;
  const email = (domain: string) => `${canary.toLowerCase()}@${domain}`;
  const now = new Date();

  const partner = await createPartner(db, { notes: canary });
  await createPartnerContact(db, partner.id, { email: email("partner.example.org"), phone: `+49 30 ${canary}`, notes: canary });
  const agreement = await createAgreement(db, {
    partnerIds: [partner.id],
    status: "ACTIVE",
    effectiveOn: addDays(now, -30),
    expiresOn: addDays(now, 700),
    notes: canary,
  });
  await createExchange(db, { partnerId: partner.id, agreementId: agreement.id, participantEmail: email("student.example.edu"), notes: canary });
  await createVisit(db, { partnerIds: [partner.id], notes: canary, outcomes: canary });
  await createExpert(db, { partnerId: partner.id, notes: canary });
  const programme = await createProgramme(db, { partnerIds: [partner.id], notes: canary });
  const opportunity = await createOpportunity(db, {
    partnerId: partner.id,
    agreementId: agreement.id,
    programmeId: programme.id,
    status: "PUBLISHED",
    publishedAt: now,
    applicationOpensAt: addDays(now, -5),
    applicationClosesAt: addDays(now, 30),
  });
  const otherStudent = await createDemoUser(db, { email: email("example.edu"), name: canary, role: "STUDENT" });
  await db.application.create({
    data: {
      studentId: otherStudent.id,
      academicYear: now.getUTCFullYear(),
      status: "SUBMITTED",
      motivation: canary,
      submittedAt: now,
      choices: { create: [{ opportunityId: opportunity.id, rank: 1 }] },
    },
  });
  return canary;
}
