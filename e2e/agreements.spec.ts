import { expect, test, type Page } from "@playwright/test";
import { addDays, isoDate } from "@/lib/dates";
import { createAgreement as seedAgreement } from "@/lib/seed/agreements";
import { storageStateFor } from "./accounts";
import { anonymousContext, chooseOption, expectNoAxeViolations } from "./admin-helpers";
import { e2eDb } from "./support/database";

// The agreement records as staff use them in the browser: create with two partners and a
// mobility term, edit, propose → approve (as an admin), renew, and a lost-update refusal.
// Each test makes its own agreements (unique reference numbers), so they run in parallel.

test.use({ storageState: storageStateFor("staff") });
test.describe.configure({ timeout: 120_000 });

/** A date as the pages write it in English (medium style, the UTC day). */
const shortDate = (value: Date) => new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(value);

const unique = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;

/** Picks a partner in the picker with the keyboard only: type, arrow down, Enter. */
async function pickPartner(page: Page, text: string, name: string) {
  const picker = page.getByRole("combobox", { name: "Partners" });
  await picker.click();
  await picker.pressSequentially(text);
  await expect(page.getByRole("option", { name: new RegExp(name) })).toBeVisible();
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(page.getByRole("list", { name: "Partners" }).getByText(name)).toBeVisible();
}

/** The secondary "Terminate…" that opens the termination form (a <summary>: no button role to Playwright). */
const openerOfTermination = (page: Page) => page.locator("summary", { hasText: "Terminate…" });

/**
 * Opens the (closed) termination form of an agreement expiring 2035-06-30 and asks for a later
 * day: the refusal keeps it open, its message beside the date and what was typed still there.
 */
async function refuseTerminationAfterExpiry(page: Page) {
  const terminate = page.getByRole("form", { name: "Terminate" });
  await expect(terminate).toBeHidden();
  await openerOfTermination(page).click();
  await terminate.getByLabel("Termination takes effect on").fill("2036-01-31");
  await terminate.getByLabel("Why it ends").fill("Notice given by the partner");
  await terminate.getByRole("button", { name: "Terminate" }).click();
  await expect(terminate.getByText("This is after its expiry date: it runs out first.")).toBeVisible();
  await expect(terminate.getByLabel("Why it ends")).toHaveValue("Notice given by the partner");
  await expect(terminate.getByLabel("Termination takes effect on")).toHaveValue("2036-01-31");
  return terminate;
}

/** An agreement of the demo's partners, made in the database for the workflow tests. */
async function seededAgreement(extra: Parameters<typeof seedAgreement>[1] = {}) {
  const partner = await e2eDb().partner.findFirstOrThrow({ where: { nameEn: "Technical University of Munich" } });
  return seedAgreement(e2eDb(), { referenceNumber: unique("E2E"), title: `Exchange ${crypto.randomUUID().slice(0, 6)}`, kind: "STUDENT_EXCHANGE", partnerIds: [partner.id], ...extra });
}

test("staff create an agreement with two partners and a mobility term, then edit it", async ({ page }) => {
  const reference = unique("E2E-NEW");
  await page.goto("/agreements/new");
  await expect(page.getByRole("heading", { level: 1, name: "New agreement" })).toBeVisible();
  await page.getByRole("textbox", { name: "Reference number" }).fill(reference);
  await page.getByRole("textbox", { name: "Title" }).fill("Student exchange with Munich and Aachen");
  await chooseOption(page, page.getByRole("button", { name: /Kind/ }), "Student exchange");
  await pickPartner(page, "Munich", "Technical University of Munich");
  await pickPartner(page, "Aachen", "RWTH Aachen University");
  await page.getByLabel("Takes effect on").fill("2026-09-01");
  await page.getByLabel("Expires on").fill("2031-08-31");

  await page.getByRole("button", { name: "Add a mobility term" }).click();
  const row = page.getByRole("group", { name: "Mobility term 1" });
  await row.getByLabel("Receiving").selectOption({ label: "RWTH Aachen University" });
  await row.getByLabel("Places per year").fill("3");
  const subjects = row.getByRole("combobox", { name: "Subject areas (ISCED-F)" });
  await subjects.click();
  await subjects.pressSequentially("0613");
  await subjects.press("ArrowDown");
  await subjects.press("Enter");
  await expect(row.getByRole("list", { name: "Subject areas (ISCED-F)" })).toContainText("0613 Software");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Create agreement" }).click();
  await expect(page).toHaveURL(/\/agreements\/[0-9a-f-]{36}\?saved=created$/);
  await expect(page.getByText("Agreement created as a draft.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Student exchange with Munich and Aachen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "RWTH Aachen University", exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Mobility terms" })).toContainText("Our university → RWTH Aachen University");
  await expect(page.getByRole("table", { name: "Mobility terms" })).toContainText("3 places a year");
  // A fresh load: react-aria's live announcer keeps, for a few seconds after the redirect, a
  // node labelled by the previous page's pending submit button (gone), which axe reports.
  await page.reload();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue("Student exchange with Munich and Aachen");
  await page.getByRole("textbox", { name: "Title" }).fill("Student exchange with TUM and RWTH");
  await page.getByRole("button", { name: "Save agreement" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Student exchange with TUM and RWTH" })).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Student exchange with TUM and RWTH");

  // The list finds it by its reference number, and by a partner's name with the reference.
  await page.goto(`/agreements?q=${reference}`);
  await expect(page.getByRole("table", { name: "Agreements" }).locator("tbody tr")).toHaveCount(1);
});

test("the agreement and partner forms' text fields take no more than can be saved", async ({ page }) => {
  await page.goto("/agreements/new");
  const reference = page.getByRole("textbox", { name: "Reference number" });
  await expect(reference).toHaveAttribute("maxlength", "60");
  await reference.fill("R".repeat(70));
  await expect(reference).toHaveValue("R".repeat(60));
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveAttribute("maxlength", "500");
  await page.goto("/partners/new");
  await expect(page.getByRole("textbox", { name: /^English name/ })).toHaveAttribute("maxlength", "300");
});

test("the list tells an agreement signed ahead from one in effect: it 'Takes effect on' its first day", async ({ page }) => {
  const startsOn = addDays(new Date(), 60);
  const ahead = await seededAgreement({ status: "ACTIVE", signedOn: new Date(), effectiveOn: startsOn, expiresOn: addDays(startsOn, 1000) });
  await page.goto(`/agreements?q=${ahead.referenceNumber}`);
  const row = page.getByRole("row", { name: new RegExp(ahead.referenceNumber) });
  await expect(row.getByRole("cell").filter({ hasText: "Active" })).toContainText(
    `Takes effect on ${new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(isoDate(startsOn)))}`,
  );
});

test("every way back to a list says where it leads, in the same words", async ({ page }) => {
  const agreement = await seededAgreement();
  const partner = await e2eDb().partner.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true } });
  const main = page.getByRole("main");
  for (const [path, label, href] of [
    ["/agreements/new", "All agreements", "/agreements"],
    [`/agreements/${agreement.id}`, "All agreements", "/agreements"],
    ["/agreements/import", "All agreements", "/agreements"],
    ["/partners/new", "All partners", "/partners"],
    [`/partners/${partner.id}`, "All partners", "/partners"],
    ["/partners/import", "All partners", "/partners"],
  ] as const) {
    await page.goto(path);
    await expect(main.getByRole("link", { name: label }), path).toHaveAttribute("href", href);
  }
});

test("a bad form keeps what was typed and says what is wrong next to each field", async ({ page }) => {
  const taken = await seededAgreement();
  await page.goto("/agreements/new");
  await page.getByRole("textbox", { name: "Reference number" }).fill(taken.referenceNumber);
  await page.getByRole("textbox", { name: "Title" }).fill("Typed title");
  await chooseOption(page, page.getByRole("button", { name: /Kind/ }), "Memorandum of understanding");
  await page.getByLabel("Takes effect on").fill("2026-09-01");
  await page.getByLabel("Expires on").fill("2026-01-01");
  await page.getByRole("button", { name: "Create agreement" }).click();
  await expect(page.getByText("Choose at least one partner.")).toBeVisible();
  await expect(page.getByText("The expiry date is before the date it takes effect.")).toBeVisible();
  // All problems at once: the number in use is named beside the others, not after they are fixed.
  await expect(page.getByRole("textbox", { name: "Reference number" })).toHaveAccessibleDescription(/Another agreement already has this reference number\./);
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue("Typed title");

  await pickPartner(page, "Munich", "Technical University of Munich");
  await page.getByLabel("Expires on").fill("2031-08-31");
  await page.getByRole("button", { name: "Create agreement" }).click();
  await expect(page.getByText("Another agreement already has this reference number.")).toBeVisible();
  await expect(page.getByText("The expiry date is before the date it takes effect.")).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Reference number" })).toHaveValue(taken.referenceNumber);
});

test("staff propose, an admin approves with the signed date, then staff renew it", async ({ page, browser }) => {
  const agreement = await seededAgreement({ effectiveOn: new Date("2026-01-01"), expiresOn: new Date("2030-12-31") });
  await page.goto(`/agreements/${agreement.id}`);
  await page.getByRole("button", { name: "Propose: In negotiation" }).click();
  await expect(page.getByRole("button", { name: "Propose: Awaiting signature" })).toBeVisible();
  await page.getByRole("form", { name: "Propose: Awaiting signature" }).getByRole("textbox").fill("Text agreed with TUM");
  await page.getByRole("button", { name: "Propose: Awaiting signature" }).click();
  await expect(page.getByRole("button", { name: "Propose: Awaiting signature" })).toHaveCount(0);
  await expect(page.getByText("An administrator approves or sends it back.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);

  const admin = await anonymousContext(browser, { storageState: storageStateFor("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto(`/agreements/${agreement.id}`);
  const approve = adminPage.getByRole("form", { name: "Approve" });
  await approve.getByRole("button", { name: "Approve" }).click();
  await expect(approve.getByText("An agreement in force needs the date it was signed.")).toBeVisible();
  await approve.getByLabel("Signed on").fill("2025-12-15");
  await approve.getByRole("button", { name: "Approve" }).click();
  await expect(adminPage.getByText("The approval is complete.")).toBeVisible();
  await admin.close();

  await page.reload();
  const trail = page.getByRole("region", { name: "Approval trail" });
  await expect(trail).toContainText("proposed it: Draft → In negotiation");
  await expect(trail).toContainText("Text agreed with TUM");
  await expect(trail).toContainText("Alex Morgan approved it: Awaiting signature → Active");

  await page.getByRole("button", { name: "Renew" }).click();
  await expect(page).toHaveURL(/\/edit\?renewed=1$/);
  await expect(page.getByText("This is the renewal draft")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Reference number" })).toHaveValue(`${agreement.referenceNumber}-R2`);
  await page.getByRole("button", { name: "Save agreement" }).click();
  const chain = page.getByRole("region", { name: "Renewal chain" });
  await expect(chain).toContainText(agreement.referenceNumber);
  await expect(chain).toContainText(`${agreement.referenceNumber}-R2 (this agreement)`);
  await chain.getByRole("link", { name: agreement.referenceNumber }).click();
  await expect(page.getByRole("button", { name: "Renew" })).toHaveCount(0);
});

test("an admin approves a renewal ahead of its start: the agreement it renews stays in force until then", async ({ browser }) => {
  const startsOn = addDays(new Date(), 30);
  const old = await seededAgreement({ status: "ACTIVE", signedOn: new Date("2025-06-01"), expiresOn: addDays(startsOn, -1) });
  const renewal = await seededAgreement({
    referenceNumber: `${old.referenceNumber}-R2`, status: "AWAITING_SIGNATURE", supersedesId: old.id, signedOn: new Date(), effectiveOn: startsOn,
  });
  const admin = await anonymousContext(browser, { storageState: storageStateFor("admin") });
  const page = await admin.newPage();
  await page.goto(`/agreements/${renewal.id}`);
  await page.getByRole("form", { name: "Approve" }).getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("The approval is complete.")).toBeVisible();
  await expect(page.getByText(`Signed; takes effect on ${shortDate(startsOn)}.`)).toBeVisible();

  await page.getByRole("region", { name: "Renewal chain" }).getByRole("link", { name: old.referenceNumber, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Active");
  await expect(page.getByText(`Its renewal takes over on ${shortDate(startsOn)}; from then on it shows as superseded.`)).toBeVisible();
  await admin.close();
});

test("staff discard a renewal draft made by mistake, and Renew is offered again", async ({ page }) => {
  const agreement = await seededAgreement({ status: "ACTIVE", signedOn: new Date("2025-06-01"), expiresOn: new Date("2030-06-30") });
  await page.goto(`/agreements/${agreement.id}`);
  await page.getByRole("button", { name: "Renew" }).click();
  await expect(page).toHaveURL(/\/edit\?renewed=1$/);
  await page.goto(page.url().replace(/\/edit\?renewed=1$/, ""));
  await page.getByRole("button", { name: "Discard draft" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Discard ${agreement.referenceNumber}-R2?` });
  await dialog.getByRole("button", { name: "Discard draft" }).click();
  await expect(page).toHaveURL(`/agreements/${agreement.id}`);
  await expect(page.getByRole("button", { name: "Renew" })).toBeVisible();
});

test("its owner terminates an agreement in force, with a reason; other staff may not", async ({ page }) => {
  const staff = await e2eDb().user.findUniqueOrThrow({ where: { email: "staff@example.edu" } });
  const signed = { status: "ACTIVE", signedOn: new Date("2025-06-01"), expiresOn: new Date("2035-06-30") } as const;
  const someoneElses = await seededAgreement(signed);
  await page.goto(`/agreements/${someoneElses.id}`);
  await expect(page.getByText("An administrator can terminate it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Terminate" })).toHaveCount(0);
  await expect(page.getByText("Terminate…")).toHaveCount(0);

  const own = await seededAgreement({ ...signed, ownerId: staff.id });
  await page.goto(`/agreements/${own.id}`);
  // Closed until asked for: ending an agreement is never one click away.
  const opener = openerOfTermination(page);
  const terminate = page.getByRole("form", { name: "Terminate" });
  await expect(page.getByLabel("Why it ends")).toBeHidden();
  await expect(page.getByText("Termination takes effect on")).toBeHidden();
  await opener.click();
  await expect(terminate.getByLabel("Why it ends")).toBeVisible();
  // Cancel closes it afresh and hands focus back; the keyboard opens it again, empty.
  await terminate.getByLabel("Why it ends").fill("Not sure yet");
  await terminate.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByLabel("Why it ends")).toBeHidden();
  await expect(opener).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(terminate.getByLabel("Why it ends")).toHaveValue("");
  await expectNoAxeViolations(page);
  await terminate.getByRole("button", { name: "Terminate" }).click();
  await expect(terminate.getByText("Say why the agreement ends.")).toBeVisible();
  await terminate.getByLabel("Why it ends").fill("The partner closed the programme");
  await terminate.getByRole("button", { name: "Terminate" }).click();
  await expect(page.getByRole("form", { name: "Terminate" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Terminated");
  const trail = page.getByRole("region", { name: "Approval trail" });
  await expect(trail).toContainText(`${staff.name} terminated it with effect from ${shortDate(new Date())}`);
  await expect(trail).toContainText("The partner closed the programme");
});

test("its owner terminates from the end of the notice period, and withdraws it before then", async ({ page }) => {
  const staff = await e2eDb().user.findUniqueOrThrow({ where: { email: "staff@example.edu" } });
  const own = await seededAgreement({ status: "ACTIVE", ownerId: staff.id, signedOn: new Date("2025-06-01"), expiresOn: new Date("2035-06-30"), noticePeriodDays: 90 });
  const noticeEnds = addDays(new Date(), 90);
  await page.goto(`/agreements/${own.id}`);
  const terminate = await refuseTerminationAfterExpiry(page);
  await expect(terminate.getByText(`Its notice period is 90 days: counted from today, ${shortDate(noticeEnds)}.`)).toBeVisible();
  await terminate.getByLabel("Termination takes effect on").fill(isoDate(noticeEnds));
  await terminate.getByRole("button", { name: "Terminate" }).click();

  // Still in force until then, and the panel says so.
  const lastDay = shortDate(addDays(noticeEnds, -1));
  await expect(page.getByText(`Termination recorded: in force until ${lastDay}, terminated from ${shortDate(noticeEnds)}.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Active");
  await expect(page.getByText(`In force until ${lastDay}; terminated from ${shortDate(noticeEnds)}.`)).toBeVisible();
  const trail = page.getByRole("region", { name: "Approval trail" });
  await expect(trail).toContainText(`${staff.name} terminated it with effect from ${shortDate(noticeEnds)}`);
  await expect(page.getByRole("button", { name: "Renew" })).toHaveCount(0);
  // The history names the field and reads the date as a day.
  await expect(page.getByRole("region", { name: "History" })).toContainText(`Termination takes effect on:was none→now ${shortDate(noticeEnds)}`);
  await page.reload(); // see the first test: the announcer still names the pending submit buttons
  await expectNoAxeViolations(page);

  // The list says it is ending, beside its expiry.
  await page.goto(`/agreements?q=${own.referenceNumber}`);
  await expect(page.getByRole("row", { name: new RegExp(own.referenceNumber) })).toContainText(`Terminated from ${shortDate(noticeEnds)}`);
  await expectNoAxeViolations(page);
  await page.goto(`/agreements/${own.id}`);

  const withdraw = page.getByRole("form", { name: "Withdraw termination" });
  await withdraw.getByLabel("Why it continues").fill("The partner withdrew its notice");
  await withdraw.getByRole("button", { name: "Withdraw termination" }).click();
  await expect(trail).toContainText(`${staff.name} withdrew the termination`);
  await expect(openerOfTermination(page)).toBeVisible();
  await expect(page.getByRole("form", { name: "Terminate" })).toBeHidden();
  await expect(page.getByText(/Termination recorded/)).toHaveCount(0);
});

test("without JavaScript the termination form opens, and a refusal comes back open with the typed reason", async ({ browser }) => {
  const staff = await e2eDb().user.findUniqueOrThrow({ where: { email: "staff@example.edu" } });
  const own = await seededAgreement({ status: "ACTIVE", ownerId: staff.id, signedOn: new Date("2025-06-01"), expiresOn: new Date("2035-06-30") });
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: storageStateFor("staff") });
  const page = await context.newPage();
  await page.goto(`/agreements/${own.id}`);
  await refuseTerminationAfterExpiry(page);
  expect(await e2eDb().agreement.findUniqueOrThrow({ where: { id: own.id }, select: { terminatesOn: true } })).toEqual({ terminatesOn: null });
  await context.close();
});

test("a save over someone else's is refused with what changed, and the typed values stay", async ({ page, browser }) => {
  const agreement = await seededAgreement();
  const other = await anonymousContext(browser, { storageState: storageStateFor("admin") });
  const theirPage = await other.newPage();
  await theirPage.goto(`/agreements/${agreement.id}/edit`);
  await page.goto(`/agreements/${agreement.id}/edit`);

  await theirPage.getByRole("textbox", { name: "Title" }).fill("Their title");
  await theirPage.getByRole("button", { name: "Save agreement" }).click();
  await expect(theirPage.getByText("Saved.")).toBeVisible();
  await other.close();

  await page.getByRole("textbox", { name: "Title" }).fill("My title");
  await page.getByRole("textbox", { name: "Internal notes" }).fill("My notes");
  await page.getByRole("button", { name: "Save agreement" }).click();
  const notice = page.getByRole("alert").filter({ hasText: "Someone else saved this record after you opened it" });
  await expect(notice).toContainText("Alex Morgan saved it on");
  await expect(notice).toContainText(/Title\s*Their title/);
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue("My title");
  await expect(page.getByRole("textbox", { name: "Internal notes" })).toHaveValue("My notes");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Save agreement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My title" })).toBeVisible();
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an admin deletes an agreement, finds it only among the deleted, and restores it", async ({ page }) => {
    const agreement = await seededAgreement();
    await page.goto(`/agreements/${agreement.id}`);
    await page.getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("alertdialog", { name: `Delete ${agreement.referenceNumber}?` });
    await dialog.getByRole("button", { name: "Delete agreement" }).click();
    await expect(page).toHaveURL(new RegExp(`/agreements/deleted\\?deleted=${agreement.id}$`));
    await expect(page.getByRole("status")).toHaveText(`${agreement.referenceNumber} is deleted. If that was a mistake, restore it below.`);
    const row = page.getByRole("row", { name: new RegExp(agreement.referenceNumber) });
    await expect(row).toBeVisible();
    await page.reload(); // see above: the announcer still names the dialog's pending button
    await expectNoAxeViolations(page);

    await page.goto(`/agreements?q=${agreement.referenceNumber}`);
    await expect(page.getByRole("heading", { name: "No agreement matches these filters" })).toBeVisible();
    expect((await page.goto(`/agreements/${agreement.id}`))?.status()).toBe(404);

    await page.goto("/agreements/deleted");
    await expect(page.getByRole("status")).toHaveCount(0);
    await row.getByRole("button", { name: "Restore" }).click();
    await expect(row).toHaveCount(0);
    await expect(page.getByRole("status")).toContainText(`${agreement.referenceNumber} is back where it was.`);
    await page.getByRole("status").getByRole("link", { name: "Open it" }).click();
    await expect(page).toHaveURL(`/agreements/${agreement.id}`);
    await page.goto(`/agreements?q=${agreement.referenceNumber}`);
    await expect(page.getByRole("table", { name: "Agreements" }).locator("tbody tr")).toHaveCount(1);
  });

  test("restoring an agreement whose number a live one took since says so and leads to that one", async ({ page }) => {
    const reference = unique("E2E-TAKEN");
    const gone = await seededAgreement({ referenceNumber: reference, deletedAt: new Date() });
    const holder = await seededAgreement({ referenceNumber: reference.toLowerCase() });
    await page.goto("/agreements/deleted");
    const row = page.getByRole("row", { name: new RegExp(gone.referenceNumber) });
    await row.getByRole("button", { name: "Restore" }).click();
    const refusal = row.getByRole("alert");
    await expect(refusal).toContainText("Another agreement already has this reference number.");
    await refusal.getByRole("link", { name: "Find the agreement that has it: change its number there, then restore this one." }).click();
    await expect(page.getByRole("table", { name: "Agreements" })).toContainText(holder.referenceNumber);
  });
});

test("the dashboard's expiring figures open their list soonest first, the 90-day one as the 'Expiring soon' view", async ({ page }) => {
  await page.goto("/dashboard");
  await page.getByRole("link", { name: /^Expiring within 90 days: / }).click();
  await expect(page).toHaveURL(/\/agreements\?expiring=90&sort=expires$/);
  await expect(page.getByRole("navigation", { name: "Quick views" }).getByRole("link", { name: /Expiring soon/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("columnheader", { name: "Expires" })).toHaveAttribute("aria-sort", "ascending");
});

test("no expiry reads 'Open-ended' on a signed agreement and 'Not set' on one still being negotiated", async ({ page }) => {
  const tag = unique("E2E-NOEXP");
  const signed = await seededAgreement({ referenceNumber: `${tag}-A`, status: "ACTIVE", signedOn: new Date("2025-06-01"), expiresOn: null });
  const draft = await seededAgreement({ referenceNumber: `${tag}-D`, status: "DRAFT", expiresOn: null });
  await page.goto(`/agreements?q=${tag}`);
  const table = page.getByRole("table", { name: "Agreements" });
  await expect(table.getByRole("row").filter({ hasText: signed.referenceNumber })).toContainText("Open-ended");
  await expect(table.getByRole("row").filter({ hasText: draft.referenceNumber })).toContainText("Not set");
  await page.goto(`/agreements/${draft.id}`);
  await expect(page.getByText("Expires on").locator("xpath=following-sibling::dd[1]")).toHaveText("Not set");
});

test("the list's quick views, filters and search live in the URL", async ({ page }) => {
  const awaiting = await seededAgreement({ status: "AWAITING_SIGNATURE", effectiveOn: new Date("2027-01-01"), expiresOn: new Date("2031-12-31") });
  await page.goto("/agreements");
  await page.getByRole("navigation", { name: "Quick views" }).getByRole("link", { name: /Awaiting signature/ }).click();
  await expect(page).toHaveURL(/\/agreements\?status=AWAITING_SIGNATURE$/);
  await expect(page.getByRole("link", { name: /Awaiting signature/ })).toHaveAttribute("aria-current", "page");
  const statuses = await page.getByRole("table", { name: "Agreements" }).locator("tbody td:nth-child(4)").allInnerTexts();
  expect(new Set(statuses)).toEqual(new Set(["Awaiting signature"]));

  await page.getByRole("searchbox", { name: "Search" }).fill(awaiting.referenceNumber);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${awaiting.referenceNumber}`));
  await expect(page.getByRole("table", { name: "Agreements" }).locator("tbody tr")).toHaveCount(1);

  await page.goto("/agreements?q=zzzz-no-such-agreement");
  await expect(page.getByRole("heading", { name: "No agreement matches these filters" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the partner filter looks a partner up by name and keeps it in the URL, with or without JavaScript", async ({ page, browser }) => {
  const munich = await e2eDb().partner.findFirstOrThrow({ where: { nameEn: "Technical University of Munich" } });
  await seededAgreement();
  await page.goto("/agreements");
  await page.getByText("Filters", { exact: true }).click();
  const picker = page.getByRole("combobox", { name: "Partner", exact: true });
  await picker.click();
  await picker.pressSequentially("Munich");
  await expect(page.getByRole("option", { name: /Technical University of Munich/ })).toBeVisible();
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`partner=${munich.id}`));
  await expect(page.getByRole("combobox", { name: "Partner", exact: true })).toHaveValue("Technical University of Munich");
  const partners = await page.getByRole("table", { name: "Agreements" }).locator("tbody td:nth-child(2)").allInnerTexts();
  expect(partners.length).toBeGreaterThan(0);
  expect(partners.every((names) => names.includes("Technical University of Munich"))).toBe(true);

  // A quick view drops the partner: the form follows the URL although the page did not reload.
  await page.getByRole("navigation", { name: "Quick views" }).getByRole("link", { name: "All" }).click();
  await expect(page).toHaveURL(/\/agreements$/);
  await page.getByText("Filters", { exact: true }).click();
  await expect(page.getByRole("combobox", { name: "Partner", exact: true })).toHaveValue("");

  // Before (or without) JavaScript the server's plain box shows the choice and the form keeps it.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: storageStateFor("staff") });
  const plain = await context.newPage();
  await plain.goto(`/agreements?partner=${munich.id}`);
  await expect(plain.getByRole("textbox", { name: "Partner", exact: true })).toHaveValue("Technical University of Munich");
  await plain.getByRole("searchbox", { name: "Search" }).fill("Exchange");
  await plain.getByRole("button", { name: "Apply" }).click();
  await expect(plain).toHaveURL(new RegExp(`partner=${munich.id}.*q=Exchange|q=Exchange.*partner=${munich.id}`));
  await context.close();
});

for (const locale of ["en", "zh"] as const) {
  test.describe(`screens in ${locale}`, () => {
    test.use({ locale: locale === "zh" ? "zh-CN" : "en-GB", storageState: storageStateFor("admin") });
    test(`list, record and form at 1280 and 360 px (${locale})`, async ({ page }) => {
      const agreement = await e2eDb().agreement.findFirstOrThrow({
        where: { deletedAt: null, status: "ACTIVE", mobilityTerms: { some: {} }, supersedesId: { not: null } },
        orderBy: { createdAt: "asc" },
      });
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [name, url] of [["list", "/agreements"], ["record", `/agreements/${agreement.id}`], ["form", `/agreements/${agreement.id}/edit`], ["deleted", "/agreements/deleted"]]) {
          await page.goto(url ?? "/");
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await page.screenshot({ path: `test-results/screens/agreements-${name}-${locale}-${width}.png`, fullPage: true });
          if (width === 360) await expectNoAxeViolations(page);
          if (name === "record") {
            // The termination form, opened.
            await page.locator("summary", { hasText: locale === "zh" ? "终止协议…" : "Terminate…" }).click();
            await expect(page.getByRole("form", { name: locale === "zh" ? "终止协议" : "Terminate" })).toBeVisible();
            await page.screenshot({ path: `test-results/screens/agreements-record-terminate-${locale}-${width}.png`, fullPage: true });
            if (width === 360) await expectNoAxeViolations(page);
          }
        }
      }
      await expectNoAxeViolations(page);
    });
  });
}
