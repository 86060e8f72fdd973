import { describe, expect, it } from "vitest";
import { decisionComment, parseAgreementInput } from "./input";
import { agreementListQuery, parseAgreementListParams, quickViewOf } from "./list-params";

const P1 = "0192d3c4-0000-7000-8000-000000000001";
const P2 = "0192d3c4-0000-7000-8000-000000000002";

const term = (extra: Record<string, unknown> = {}) => ({
  sendingPartnerId: "", receivingPartnerId: P1, mobilityType: "STUDENT_STUDIES", fromAcademicYear: "2025", toAcademicYear: "2029",
  placesPerYear: "2", duration: "5", eqfLevels: [6], iscedCodes: ["0613"], languageCode: "en", cefrLevel: "B2", blended: false, ...extra,
});

const valid: Record<string, string> = {
  referenceNumber: "TUM-SE-2025",
  title: "Student exchange",
  kind: "STUDENT_EXCHANGE",
  partners: JSON.stringify([{ id: P1, label: "TUM" }, { id: P2, label: "ETH" }]),
  facultyIds: "",
  ownerId: "",
  signedOn: "2025-03-01",
  effectiveOn: "2025-09-01",
  expiresOn: "2030-08-31",
  noticePeriodDays: "180",
  terms: JSON.stringify([term()]),
};

// The day the form is sent (UTC): the signing date may be up to a day after it, not more.
const TODAY = "2025-06-15";

describe("parseAgreementInput", () => {
  it("accepts a complete agreement and gives typed values", () => {
    const parsed = parseAgreementInput(valid, TODAY);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.partnerIds).toEqual([P1, P2]);
    expect(parsed.data.expiresOn?.toISOString()).toBe("2030-08-31T00:00:00.000Z");
    expect(parsed.data.terms[0]).toMatchObject({ sendingPartnerId: null, receivingPartnerId: P1, monthsPerYear: 5, daysPerYear: null, placesPerYear: 2 });
  });

  // Every bad input gets a message key next to its own field.
  it.each([
    ["empty reference", { referenceNumber: "  " }, "referenceNumber", "required"],
    ["too long reference", { referenceNumber: "R".repeat(61) }, "referenceNumber", "tooLong"],
    ["NUL byte in the title", { title: "Exchange\u0000" }, "title", "controlCharacters"],
    ["too long title", { title: "x".repeat(501) }, "title", "tooLong"],
    ["unknown kind", { kind: "FRIENDSHIP" }, "kind", "required"],
    ["no partner", { partners: "[]" }, "partners", "partnersRequired"],
    ["partners not JSON", { partners: "{oops" }, "partners", "invalid"],
    ["partner id not a uuid", { partners: JSON.stringify([{ id: "1", label: "x" }]) }, "partners", "invalid"],
    ["an impossible date", { signedOn: "2025-02-30" }, "signedOn", "invalidDate"],
    ["a signing date still to come", { signedOn: "2025-06-17" }, "signedOn", "signedInFuture"],
    ["a date in another format", { effectiveOn: "01/09/2025" }, "effectiveOn", "invalidDate"],
    ["expiry before start", { expiresOn: "2025-08-31" }, "expiresOn", "expiresBeforeEffective"],
    ["negative notice period", { noticePeriodDays: "-5" }, "noticePeriodDays", "wholeDays"],
    ["fractional notice period", { noticePeriodDays: "1.5" }, "noticePeriodDays", "wholeDays"],
    ["approval date without a number", { ministryApprovedOn: "2025-01-01" }, "ministryApprovalNumber", "ministryNumberRequired"],
    ["owner not a uuid", { ownerId: "me" }, "ownerId", "invalid"],
    ["terms not JSON", { terms: "[" }, "terms", "invalid"],
    ["term partner not on the agreement", { terms: JSON.stringify([term({ receivingPartnerId: "0192d3c4-0000-7000-8000-000000000009" })]) }, "terms.0.receivingPartnerId", "termPartnerNotListed"],
    ["term from us to us", { terms: JSON.stringify([term({ receivingPartnerId: "" })]) }, "terms.0.receivingPartnerId", "termNeedsPartner"],
    ["term from a partner to itself", { terms: JSON.stringify([term({ sendingPartnerId: P1 })]) }, "terms.0.receivingPartnerId", "termSameSides"],
    ["term years reversed", { terms: JSON.stringify([term({ toAcademicYear: "2024" })]) }, "terms.0.toAcademicYear", "yearsReversed"],
    ["term year out of range", { terms: JSON.stringify([term({ fromAcademicYear: "25" })]) }, "terms.0.fromAcademicYear", "academicYear"],
    ["negative places", { terms: JSON.stringify([term({ placesPerYear: "-1" })]) }, "terms.0.placesPerYear", "places"],
    ["no places", { terms: JSON.stringify([term({ placesPerYear: "0" })]) }, "terms.0.placesPerYear", "places"],
    ["no months", { terms: JSON.stringify([term({ duration: "0" })]) }, "terms.0.duration", "months"],
    ["no staff days", { terms: JSON.stringify([term({ mobilityType: "STAFF_TEACHING", duration: "0" })]) }, "terms.0.duration", "days"],
    ["months as text", { terms: JSON.stringify([term({ duration: "five" })]) }, "terms.0.duration", "months"],
    ["staff days with a fraction", { terms: JSON.stringify([term({ mobilityType: "STAFF_TEACHING", duration: "5.5" })]) }, "terms.0.duration", "days"],
    ["EQF level 4", { terms: JSON.stringify([term({ eqfLevels: [4] })]) }, "terms.0.eqfLevels", "invalid"],
    ["unknown ISCED code", { terms: JSON.stringify([term({ iscedCodes: ["1234"] })]) }, "terms.0.iscedCodes", "invalid"],
    ["bad language code", { terms: JSON.stringify([term({ languageCode: "English" })]) }, "terms.0.languageCode", "languageCode"],
    ["level without a language", { terms: JSON.stringify([term({ languageCode: "" })]) }, "terms.0.languageCode", "languageForLevel"],
  ])("%s → %s: %s", (_name, change, field, key) => {
    const parsed = parseAgreementInput({ ...valid, ...change }, TODAY);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[field]).toBe(key);
  });

  it("takes a signing date up to the day after today (UTC), for offices ahead of it", () => {
    expect(parseAgreementInput({ ...valid, signedOn: "2025-06-16", effectiveOn: "2025-06-16" }, TODAY).ok).toBe(true);
  });

  it("reports every bad field at once, in each row", () => {
    const parsed = parseAgreementInput({ ...valid, title: "", terms: JSON.stringify([term(), term({ placesPerYear: "x", toAcademicYear: "2000" })]) }, TODAY);
    expect(parsed.ok ? {} : parsed.errors).toEqual({ title: "required", "terms.1.placesPerYear": "places", "terms.1.toAcademicYear": "yearsReversed" });
  });
});

describe("agreement list parameters", () => {
  it("drop control characters from the search (PostgreSQL text refuses NUL)", () => {
    expect(parseAgreementListParams(new URLSearchParams("q=%00exchange%00")).q).toBe("exchange");
  });

  it("keeps good values, drops bad ones, and writes the short URL back", () => {
    const params = parseAgreementListParams({ q: " tum ", kind: "MOU", status: "NOPE", expiring: "45", signed: "2024", sort: "expires", owner: "x" });
    expect(params).toMatchObject({ q: "tum", kind: "MOU", status: undefined, expiring: undefined, signed: "2024", sort: "expires", owner: undefined });
    expect(agreementListQuery(params)).toBe("?q=tum&kind=MOU&signed=2024&sort=expires");
  });

  it("names the quick view a state is", () => {
    expect(quickViewOf(parseAgreementListParams({ expiring: "90", sort: "expires" }))).toBe("expiring");
    expect(quickViewOf(parseAgreementListParams({ status: "AWAITING_SIGNATURE" }))).toBe("awaiting");
    expect(quickViewOf(parseAgreementListParams({ status: "AWAITING_SIGNATURE", q: "x" }))).toBeUndefined();
  });
});

describe("decisionComment", () => {
  it("is optional, trimmed, and refuses control characters and more than 2,000 characters with a message key", () => {
    expect(decisionComment.parse(undefined)).toBeNull();
    expect(decisionComment.parse("  ")).toBeNull();
    expect(decisionComment.parse(" Signed in Munich ")).toBe("Signed in Munich");
    expect(decisionComment.safeParse("a\u0000b").error?.issues[0]?.message).toBe("controlCharacters");
    expect(decisionComment.safeParse("x".repeat(2_001)).error?.issues[0]?.message).toBe("tooLong");
  });
});
