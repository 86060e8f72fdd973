import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/agreement-import.en.json";
import zh from "@/lib/i18n/messages/agreement-import.zh.json";
import {
  AGREEMENT_IMPORT_FIELDS, checkAgreementRows, guessAgreementMapping, importDate, namesInRows, type AgreementImportLookups,
} from "./agreement-import";

const HEADERS = ["Reference number", "Title", "Kind", "Partners", "Status", "Signed on", "Expires on", "Owner (email)", "Faculties", "Renews automatically", "Terminated from"];
const mapping = guessAgreementMapping(HEADERS);
const table = (...rows: string[][]) => ({ headers: HEADERS, rows });

const STAFF = "00000000-0000-4000-8000-000000000001";
const OTHER = "00000000-0000-4000-8000-000000000002";
const TUM = "00000000-0000-4000-8000-0000000000a1";
const LUND = "00000000-0000-4000-8000-0000000000a2";
const LUND_TWO = "00000000-0000-4000-8000-0000000000a3";
const ENGINEERING = "00000000-0000-4000-8000-0000000000f1";

const lookups = (importer: AgreementImportLookups["importer"] = { id: STAFF, role: "STAFF" }): AgreementImportLookups => ({
  importer,
  partners: new Map([
    ["technical university of munich", [TUM]],
    ["tum", [TUM]],
    ["慕尼黑工业大学", [TUM]],
    ["lund university", [LUND]],
    ["lu", [LUND, LUND_TWO]],
    // Two partners called "National University": one in Singapore, one in Mongolia.
    ["national university", [LUND, LUND_TWO]],
    ["national university|sg", [LUND]],
    ["national university|mn", [LUND_TWO]],
    ["ror:02kkvpp62", [TUM]],
  ]),
  owners: new Map([
    ["staff@example.edu", [STAFF]],
    ["other@example.edu", [OTHER]],
    ["sam taylor", [OTHER]],
    ["zhou min", [OTHER, "0190d000-0000-7000-8000-00000000dead"]],
  ]),
  faculties: new Map([
    ["eng", ENGINEERING],
    ["engineering", ENGINEERING],
  ]),
  takenReferences: new Map([["taken-1", { id: "00000000-0000-4000-8000-0000000000f1", name: "TAKEN-1 An agreement" }]]),
  today: "2026-06-01",
});

// A good row, changed one cell at a time by each case below.
const GOOD = ["REF-1", "Student exchange with TUM", "Student exchange", "TUM", "Draft", "", "", "", "", "", ""];
const row = (changes: Partial<Record<(typeof HEADERS)[number], string>>) => HEADERS.map((header, i) => changes[header] ?? GOOD[i]!);

describe("guessAgreementMapping", () => {
  it("maps the template's headers in English and in Chinese, and our export's", () => {
    for (const labels of [en.agreementImport.fields, zh.agreementImport.fields]) {
      const headers = AGREEMENT_IMPORT_FIELDS.map((field) => labels[field]);
      expect(guessAgreementMapping(headers)).toEqual(Object.fromEntries(AGREEMENT_IMPORT_FIELDS.map((field, i) => [field, i])));
    }
    expect(guessAgreementMapping(["Reference", "Title", "Kind", "Status", "Partners", "Signed on", "Expires on", "Renews automatically"])).toMatchObject({
      referenceNumber: 0, title: 1, kind: 2, status: 3, partners: 4, signedOn: 5, expiresOn: 6, autoRenews: 7, owner: null,
    });
  });
});

describe("the office's free-text columns", () => {
  it("are read from common headers (备注, Remarks, 学分认定) into notes, credit recognition and tuition waiver", () => {
    const headers = ["Reference number", "Title", "Kind", "Partners", "备注", "学分认定", "Tuition waiver"];
    const guessed = guessAgreementMapping(headers);
    expect(guessed).toMatchObject({ notes: 4, creditRecognition: 5, tuitionWaiver: 6 });
    expect(guessAgreementMapping(["Remarks"])).toMatchObject({ notes: 0 });
    const { rows, problems } = checkAgreementRows(
      { headers, rows: [["REF-N", "Notes row", "MOU", "Lund University", "Nominations by 15 April", "Full recognition", "Reciprocal"]] },
      guessed,
      lookups(),
    );
    expect(problems).toEqual([]);
    expect(rows[0]?.input).toMatchObject({ notes: "Nominations by 15 April", creditRecognition: "Full recognition", tuitionWaiver: "Reciprocal" });
  });
});

describe("importDate", () => {
  it.each([
    ["2025-09-01", "2025-09-01"],
    ["2025/9/1", "2025-09-01"],
    ["2025.09.01", "2025-09-01"],
    ["2025年9月1日", "2025-09-01"],
    ["2025-09-01T00:00:00Z", "2025-09-01"],
    ["45901", "2025-09-01"],
    ["", ""],
    // Day and month before the year where only one order makes a date, in Europe's order or the US's.
    ["15/03/2021", "2021-03-15"],
    ["03/15/2021", "2021-03-15"],
    ["3.3.2025", "2025-03-03"],
    // Either order would make a date: left for the check to refuse (isAmbiguousDate).
    ["1/9/2025", "1/9/2025"],
  ])("reads %j as %j", (text, iso) => expect(importDate(text)).toBe(iso));
});

describe("checkAgreementRows", () => {
  it("takes labels in either language, several partners, faculties, the owner by email, and the importer when none", () => {
    const { rows, problems } = checkAgreementRows(
      table(
        row({}),
        row({ "Reference number": "REF-2", Kind: "科研合作", Partners: "technical university of MUNICH; Lund University；慕尼黑工业大学", Status: "待签署", Faculties: "ENG; Engineering", "Owner (email)": "Other@Example.edu", "Renews automatically": "是" }),
        ["", "", "", "", "", "", "", "", "", "", ""],
        row({ "Reference number": "REF-3", Kind: "MOU", Status: "Active", "Signed on": "2024/3/14", "Expires on": "2029-03-13", "Renews automatically": "yes" }),
      ),
      mapping,
      lookups(),
    );
    expect(problems).toEqual([]);
    expect(rows.map(({ row: n, status, input }) => [n, input.referenceNumber, input.kind, status, input.partnerIds, input.facultyIds, input.ownerId, input.autoRenews, input.signedOn?.toISOString().slice(0, 10) ?? null])).toEqual([
      [2, "REF-1", "STUDENT_EXCHANGE", "DRAFT", [TUM], [], STAFF, false, null],
      [3, "REF-2", "RESEARCH", "AWAITING_SIGNATURE", [TUM, LUND], [ENGINEERING], OTHER, true, null],
      [5, "REF-3", "MOU", "ACTIVE", [TUM], [], STAFF, true, "2024-03-14"],
    ]);
    expect(rows[0]?.input.terms).toEqual([]);
  });

  it.each([
    ["no reference number", { "Reference number": "" }, "referenceNumber", "required"],
    ["no title", { Title: "" }, "title", "required"],
    ["a title too long", { Title: "x".repeat(501) }, "title", "tooLong"],
    ["no kind", { Kind: "" }, "kind", "required"],
    ["an unknown kind", { Kind: "Friendship" }, "kind", "unknownKind"],
    ["no partner", { Partners: "" }, "partners", "partnersRequired"],
    ["an unknown status", { Status: "Signed" }, "status", "unknownStatus"],
    ["a date that is none", { "Signed on": "2025-02-30" }, "signedOn", "invalidDate"],
    ["a date whose day and month could be either", { "Signed on": "3/4/2025" }, "signedOn", "ambiguousDate"],
    ["a termination date whose day and month could be either", { Status: "Active", "Signed on": "2020-01-10", "Terminated from": "5/6/2026" }, "terminatesOn", "ambiguousDate"],
    ["a signing date still to come", { "Signed on": "2026-06-03" }, "signedOn", "signedInFuture"],
    ["an expiry before the signature", { "Signed on": "2025-05-01", "Expires on": "2025-04-30" }, "expiresOn", "expiresBeforeSigned"],
    ["renewal that is neither yes nor no", { "Renews automatically": "sometimes" }, "autoRenews", "yesNo"],
    ["a NUL byte", { Title: "Exchange\u0000" }, "title", "controlCharacters"],
    ["an active agreement without a signed date", { Status: "Active" }, "signedOn", "signedRequiredForStatus"],
    ["a terminated agreement without a signed date", { Status: "Terminated", "Expires on": "2020-01-01" }, "signedOn", "signedRequiredForStatus"],
    ["a signed agreement someone else owns, imported by staff", { Status: "Active", "Signed on": "2025-01-10", "Owner (email)": "other@example.edu" }, "status", "notAllowedToApprove"],
    ["an expired agreement whose expiry has not come", { Status: "Expired", "Signed on": "2020-01-10", "Expires on": "2027-01-01" }, "expiresOn", "expiredNotPast"],
    ["a termination date that is none", { Status: "Active", "Signed on": "2020-01-10", "Terminated from": "2026-13-01" }, "terminatesOn", "invalidDate"],
    ["a termination date on a draft", { "Terminated from": "2026-09-01" }, "terminatesOn", "terminationNeedsStatus"],
    ["a terminated agreement ending after today", { Status: "Terminated", "Signed on": "2020-01-10", "Terminated from": "2026-06-02" }, "terminatesOn", "terminatedNotYet"],
    ["a termination after the expiry", { Status: "Active", "Signed on": "2020-01-10", "Expires on": "2027-01-01", "Terminated from": "2027-01-02" }, "terminatesOn", "terminatesAfterExpiry"],
    ["a termination before the signature", { Status: "Active", "Signed on": "2020-01-10", "Terminated from": "2020-01-09" }, "terminatesOn", "terminatesBeforeSigned"],
  ])("refuses %s, naming the row, the field and the reason", (_case, changes, field, messageKey) => {
    const { rows, problems } = checkAgreementRows(table(row({ "Reference number": "GOOD-1" }), row(changes)), mapping, lookups());
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(problems).toContainEqual({ row: 3, field, messageKey });
  });

  it.each([
    ["a partner Meridian does not have", { Partners: "TUM; Atlantis University" }, "partners", "partnerNotFound", { name: "Atlantis University" }],
    ["a partner name several partners share", { Partners: "LU" }, "partners", "partnerAmbiguous", { name: "LU" }],
    ["an owner who is not office staff", { "Owner (email)": "student@example.edu" }, "owner", "ownerNotFound", { name: "student@example.edu" }],
    ["an owner name two staff members share", { "Owner (email)": "Zhou Min" }, "owner", "ownerAmbiguous", { name: "Zhou Min" }],
    ["an unknown faculty", { Faculties: "ENG; Astrology" }, "faculties", "facultyNotFound", { name: "Astrology" }],
    ["an unknown faculty after a comma", { Faculties: "ENG，Astrology" }, "faculties", "facultyNotFound", { name: "Astrology" }],
  ])("refuses %s, naming it", (_case, changes, field, messageKey, values) => {
    const { rows, problems } = checkAgreementRows(table(row(changes)), mapping, lookups());
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ row: 2, field, messageKey, values }]);
  });

  it("skips a row whose reference number an agreement in Meridian has, in any letters' case and whatever else the row says, linking that agreement", () => {
    const { rows, problems, skipped } = checkAgreementRows(
      table(row({ "Reference number": "TAKEN-1" }), row({ "Reference number": "taken-1", Partners: "Atlantis University" }), row({ "Reference number": "REF-2" })),
      mapping,
      lookups(),
    );
    expect(rows.map((r) => r.row)).toEqual([4]);
    expect(problems).toEqual([]);
    const exists = { field: "referenceNumber", messageKey: "exists", values: { name: "TAKEN-1 An agreement" }, link: { href: "/agreements/00000000-0000-4000-8000-0000000000f1", name: "TAKEN-1 An agreement" } };
    expect(skipped).toEqual([{ row: 2, ...exists }, { row: 3, ...exists }]);
  });

  it("takes a termination as our export writes it: still to come on an active agreement, in effect on a terminated one", () => {
    const { rows, problems } = checkAgreementRows(
      table(
        row({ Status: "Active", "Signed on": "2020-01-10", "Expires on": "2030-08-31", "Terminated from": "2026/9/1" }),
        row({ "Reference number": "REF-2", Status: "已终止", "Signed on": "2020-01-10", "Terminated from": "2026-06-01" }),
        row({ "Reference number": "REF-3", Status: "Active", "Signed on": "2020-01-10" }),
      ),
      mapping,
      lookups(),
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.status, r.terminatesOn?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["ACTIVE", "2026-09-01"],
      ["TERMINATED", "2026-06-01"],
      ["ACTIVE", null],
    ]);
  });

  it("tells apart partners that share a name by the country code in brackets, as our export writes them", () => {
    const { rows, problems } = checkAgreementRows(
      table(row({ Partners: "National University (MN)" }), row({ "Reference number": "REF-2", Partners: "National University" }), row({ "Reference number": "REF-3", Partners: "National University (FR)" })),
      mapping,
      lookups(),
    );
    expect(rows.map((r) => r.input.partnerIds)).toEqual([[LUND_TWO]]);
    expect(problems).toEqual([
      { row: 3, field: "partners", messageKey: "partnerAmbiguous", values: { name: "National University" } },
      { row: 4, field: "partners", messageKey: "partnerNotFound", values: { name: "National University (FR)" } },
    ]);
  });

  it("finds a partner by its ROR id, bare or as the link, whatever names it shares", () => {
    const { rows, problems } = checkAgreementRows(
      table(
        row({ Partners: "02KKVPP62" }),
        row({ "Reference number": "REF-2", Partners: "https://ror.org/02kkvpp62; Lund University" }),
        row({ "Reference number": "REF-3", Partners: "https://ror.org/05f950310" }),
      ),
      mapping,
      lookups(),
    );
    expect(rows.map((r) => r.input.partnerIds)).toEqual([[TUM], [TUM, LUND]]);
    expect(problems).toEqual([{ row: 4, field: "partners", messageKey: "partnerNotFound", values: { name: "https://ror.org/05f950310" } }]);
  });

  it("finds the owner by a name only one of the staff has, or by the email in \"Name <email>\" as our export writes it", () => {
    const { rows, problems } = checkAgreementRows(
      table(row({ "Owner (email)": "Sam TAYLOR" }), row({ "Reference number": "REF-2", "Owner (email)": "Zhou Min <Other@Example.edu>" })),
      mapping,
      lookups(),
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.input.ownerId)).toEqual([OTHER, OTHER]);
  });

  it("reads two reference numbers that differ only in letter case as one", () => {
    const { problems } = checkAgreementRows(table(row({ "Reference number": "REF-CASE" }), row({ "Reference number": "ref-case" })), mapping, lookups());
    expect(problems).toEqual([{ row: 3, field: "referenceNumber", messageKey: "duplicateInFile" }]);
  });

  it("reports every problem of a row, and the second of two rows with one reference number", () => {
    const { rows, problems } = checkAgreementRows(
      table(row({}), row({ "Reference number": "REF-BAD", Title: "", Kind: "Castle", Partners: "Nowhere" }), row({ Title: "Same reference" })),
      mapping,
      lookups(),
    );
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(problems).toEqual([
      { row: 3, field: "kind", messageKey: "unknownKind" },
      { row: 3, field: "partners", messageKey: "partnerNotFound", values: { name: "Nowhere" } },
      { row: 3, field: "title", messageKey: "required" },
      { row: 4, field: "referenceNumber", messageKey: "duplicateInFile" },
    ]);
  });

  it("lets staff record signed agreements they own, and admins any", () => {
    const signed = (owner: string) => row({ "Reference number": `S-${owner}`, Status: "Superseded", "Signed on": "2019-05-01", "Expires on": "2024-04-30", "Owner (email)": owner });
    const file = table(signed(""), signed("staff@example.edu"), signed("other@example.edu"));
    expect(checkAgreementRows(file, mapping, lookups()).problems).toEqual([{ row: 4, field: "status", messageKey: "notAllowedToApprove" }]);
    const admin = checkAgreementRows(file, mapping, lookups({ id: "00000000-0000-4000-8000-00000000000a", role: "ADMIN" }));
    expect(admin.problems).toEqual([]);
    expect(admin.rows.map((r) => r.status)).toEqual(["SUPERSEDED", "SUPERSEDED", "SUPERSEDED"]);
  });

  it("names what the rows refer to, for the data layer to look up", () => {
    expect(namesInRows(table(row({ Partners: " Lund  University ; TUM; https://ror.org/02KKVPP62", "Owner (email)": "Other@Example.edu" })), mapping)).toEqual({
      partners: ["lund university", "tum", "https://ror.org/02kkvpp62"],
      owners: ["other@example.edu"],
      references: ["ref-1"],
    });
  });
});
