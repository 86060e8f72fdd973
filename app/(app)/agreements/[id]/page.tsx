import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BackLink } from "@/app/(app)/_components/back-link";
import { DetailItem } from "@/app/(app)/_components/detail-item";
import { HistoryCard } from "@/app/(app)/_components/history-card";
import { Alert } from "@/components/alert";
import { Badge } from "@/components/badge";
import { Card } from "@/components/card";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/table";
import { iscedLabel } from "@/lib/agreements/isced";
import { SIGNED_STATUSES, todayOf } from "@/lib/agreements/status";
import { academicYearLabel, languageName } from "@/lib/agreements/term-labels";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getAgreement } from "@/lib/data/agreements";
import { getCurrentUser } from "@/lib/data/current-user";
import { addDays } from "@/lib/dates";
import { regionName } from "@/lib/i18n/regions";
import { AgreementDocuments, documentOutcome } from "../_components/agreement-documents";
import { RecordActions } from "../_components/record-actions";
import { loadAgreement } from "../_components/load";
import { AgreementStatusBadge } from "../_components/status-badge";
import { WorkflowPanel } from "../_components/workflow-panel";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await getCurrentUser();
  if (actor?.role !== "ADMIN" && actor?.role !== "STAFF") return {};
  const agreement = await getAgreement(actor, (await params).id).catch(() => null);
  return { title: agreement?.referenceNumber ?? (await getTranslations("agreements"))("title") };
}

const RENEWABLE = new Set(["ACTIVE", "EXPIRED", "AWAITING_SIGNATURE"]);

export default async function AgreementPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageAccess("/agreements", `/agreements/${encodeURIComponent(id)}`);
  const agreement = await loadAgreement(actor, id);
  const [t, format, locale, query] = await Promise.all([getTranslations("agreements"), getFormatter(), getLocale(), searchParams]);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" }) : null);
  const when = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const notSet = <span className="text-slate-500">{t("detail.notSet")}</span>;
  const partnerName = (partnerId: string | null) =>
    partnerId === null ? t("terms.ourUniversity") : (agreement.partners.find((p) => p.id === partnerId)?.nameEn ?? partnerId);
  // Renewed: a live successor follows it in the chain (a deleted renewal does not count).
  const isRenewed = agreement.chain.some((link, index) => index > 0 && !link.deleted && agreement.chain[index - 1]?.id === agreement.id);
  const today = todayOf(new Date());
  // The day a recorded termination takes effect (the day before is its last in force); still
  // to come while the agreement shows as active.
  const terminatesOn = date(agreement.terminatesOn);
  const pendingTermination =
    agreement.terminatesOn && terminatesOn && agreement.status === "ACTIVE"
      ? { date: terminatesOn, lastDay: date(addDays(agreement.terminatesOn, -1)) ?? "" }
      : null;
  // The day its approved renewal takes over (it shows as superseded from then).
  const supersededOn = date(agreement.supersededOn);
  const noticeDate = agreement.noticePeriodDays !== null ? addDays(new Date(today), agreement.noticePeriodDays) : null;
  const saved = query.saved === "created" ? t("detail.created") : query.saved === "updated" ? t("detail.saved") : null;

  return (
    <>
      <BackLink href="/agreements" label={t("form.back")} />
      <header className="mb-6 flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
        <div className="flex min-w-0 flex-col gap-2">
          <p className="font-mono text-sm text-slate-600 [overflow-wrap:anywhere]">{agreement.referenceNumber}</p>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900 [overflow-wrap:anywhere]">{agreement.title}</h1>
          <div className="flex flex-wrap items-center gap-2">
            <AgreementStatusBadge status={agreement.status} label={t(`statuses.${agreement.status}`)} />
            <Badge>{t(`kinds.${agreement.kind}`)}</Badge>
          </div>
        </div>
        <RecordActions
          id={agreement.id}
          reference={agreement.referenceNumber}
          version={agreement.version}
          canRenew={RENEWABLE.has(agreement.storedStatus) && !agreement.terminatesOn && !isRenewed}
          canDelete={actor.role === "ADMIN"}
          canDiscard={agreement.storedStatus === "DRAFT" && agreement.supersedesId !== null}
        />
      </header>
      {saved ? (
        <div role="status" className="mb-4">
          <Alert tone="success">{saved}</Alert>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <Card title={t("detail.details")}>
            <dl className="grid grid-cols-1 gap-y-1 text-sm sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)] sm:gap-x-6 sm:gap-y-3">
              <Item label={t("detail.partners")}>
                <ul className="flex flex-col gap-1">
                  {agreement.partners.map((partner) => (
                    <li key={partner.id}>
                      <Link href={`/partners/${partner.id}`} className="font-medium text-brand-700 hover:underline">
                        {partner.nameEn}
                      </Link>
                      {partner.nameNative ? <span className="text-slate-600"> · {partner.nameNative}</span> : null}
                      <span className="text-slate-500"> · {regionName(partner.country, locale === "zh" ? "zh" : "en")} · </span>
                      <Link href={`/agreements?partner=${partner.id}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800" aria-label={t("detail.partnerAgreementsOf", { name: partner.nameEn })}>
                        {t("detail.partnerAgreements")}
                      </Link>
                    </li>
                  ))}
                </ul>
              </Item>
              <Item label={t("detail.status")}>
                <AgreementStatusBadge status={agreement.status} label={t(`statuses.${agreement.status}`)} />
                {agreement.status === "EXPIRED" && agreement.storedStatus === "ACTIVE" ? <p className="mt-1 text-slate-600">{t("detail.expiredNote")}</p> : null}
                {terminatesOn ? (
                  <p className="mt-1 text-slate-600">
                    {pendingTermination ? t("detail.terminatingNote", pendingTermination) : t("detail.terminatedNote", { date: terminatesOn })}
                  </p>
                ) : null}
                {supersededOn ? (
                  <p className="mt-1 text-slate-600">
                    {agreement.status === "SUPERSEDED" ? t("detail.supersededNote", { date: supersededOn }) : t("detail.supersedingNote", { date: supersededOn })}
                  </p>
                ) : null}
                {agreement.status === "ACTIVE" && agreement.effectiveOn && todayOf(agreement.effectiveOn) > today ? (
                  <p className="mt-1 text-slate-600">{t("detail.notYetEffectiveNote", { date: date(agreement.effectiveOn) ?? "" })}</p>
                ) : null}
              </Item>
              <Item label={t("detail.owner")}>{agreement.owner?.label ?? notSet}</Item>
              <Item label={t("detail.faculties")}>
                {agreement.faculties.length ? agreement.faculties.map((f) => (locale === "zh" && f.nameZh ? f.nameZh : f.nameEn)).join(locale === "zh" ? "、" : ", ") : t("detail.none")}
              </Item>
              <Item label={t("detail.signedOn")}>{date(agreement.signedOn) ?? notSet}</Item>
              <Item label={t("detail.effectiveOn")}>{date(agreement.effectiveOn) ?? notSet}</Item>
              <Item label={t("detail.expiresOn")}>{date(agreement.expiresOn) ?? (SIGNED_STATUSES.has(agreement.storedStatus) ? t("noExpiry") : notSet)}</Item>
              <Item label={t("detail.autoRenews")}>
                {agreement.autoRenews
                  ? agreement.noticePeriodDays !== null
                    ? t("detail.autoRenewsYes", { days: agreement.noticePeriodDays })
                    : t("detail.autoRenewsYesNoNotice")
                  : t("form.no")}
              </Item>
              {agreement.ministryApprovalNumber ? (
                <Item label={t("detail.ministry")}>
                  {agreement.ministryApprovedOn
                    ? t("detail.ministryValue", { number: agreement.ministryApprovalNumber, date: date(agreement.ministryApprovedOn) ?? "" })
                    : agreement.ministryApprovalNumber}
                </Item>
              ) : null}
              {(["scope", "tuitionWaiver", "creditRecognition", "notes"] as const).map((field) =>
                agreement[field] ? (
                  <Item key={field} label={t(`detail.${field}`)}>
                    <p className="whitespace-pre-line [overflow-wrap:anywhere]">{agreement[field]}</p>
                  </Item>
                ) : null,
              )}
            </dl>
          </Card>

          <Card title={t("detail.terms")} padding={agreement.terms.length ? "none" : "default"}>
            {agreement.terms.length === 0 ? (
              <p className="text-sm text-slate-600">{t("detail.termsEmpty")}</p>
            ) : (
              <Table caption={t("detail.termsCaption")}>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t("detail.termsDirection")}</TableHeaderCell>
                    <TableHeaderCell>{t("detail.termsPlaces")}</TableHeaderCell>
                    <TableHeaderCell hiddenBelow="md">{t("detail.termsLevels")}</TableHeaderCell>
                    <TableHeaderCell hiddenBelow="md">{t("detail.termsSubjects")}</TableHeaderCell>
                    <TableHeaderCell hiddenBelow="md">{t("detail.termsLanguage")}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {agreement.terms.map((term) => (
                    <TableRow key={term.id}>
                      <TableCell isRowHeader>
                        <span className="block font-medium text-slate-900">
                          {t("terms.direction", { from: partnerName(term.sendingPartnerId), to: partnerName(term.receivingPartnerId) })}
                        </span>
                        <span className="block text-xs text-slate-600">
                          {t(`mobilityTypes.${term.mobilityType}`)} · {t("terms.years", { from: academicYearLabel(term.fromAcademicYear), to: academicYearLabel(term.toAcademicYear) })}
                          {term.blended ? ` · ${t("detail.blended")}` : ""}
                        </span>
                      </TableCell>
                      <TableCell>
                        <span className="block whitespace-nowrap">{t("terms.summaryPlaces", { count: term.placesPerYear })}</span>
                        <span className="block text-xs whitespace-nowrap text-slate-600">
                          {term.monthsPerYear !== null ? t("terms.summaryMonths", { months: term.monthsPerYear }) : t("terms.summaryDays", { days: term.daysPerYear ?? 0 })}
                        </span>
                      </TableCell>
                      <TableCell hiddenBelow="md" className="whitespace-nowrap">
                        {term.eqfLevels.map((level) => (
                          <span key={level} className="block">{`EQF ${level}`}</span>
                        ))}
                      </TableCell>
                      <TableCell hiddenBelow="md" className="max-w-xs">
                        {term.iscedCodes.map((code) => (
                          <span key={code} className="block">
                            {iscedLabel(code, locale)}
                          </span>
                        ))}
                      </TableCell>
                      <TableCell hiddenBelow="md" className="whitespace-nowrap">
                        {[term.languageCode ? languageName(term.languageCode, locale) : null, term.cefrLevel].filter(Boolean).join(" · ")}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Card>

          <AgreementDocuments actor={actor} agreementId={agreement.id} outcome={documentOutcome(query)} />
        </div>

        <div className="flex min-w-0 flex-col gap-6">
          <Card title={t("workflow.title")}>
            <WorkflowPanel
              id={agreement.id}
              version={agreement.version}
              status={agreement.storedStatus}
              isInForce={agreement.status === "ACTIVE" && !agreement.terminatesOn}
              pendingTermination={pendingTermination}
              today={today}
              terminatesBy={[agreement.expiresOn, agreement.supersededOn].flatMap((day) => (day ? [todayOf(day)] : [])).sort()[0] ?? null}
              noticeHint={noticeDate ? t("workflow.noticeHint", { days: agreement.noticePeriodDays ?? 0, date: date(noticeDate) ?? "" }) : null}
              signedOn={agreement.signedOn?.toISOString().slice(0, 10) ?? ""}
              canDecide={agreement.canDecide}
              ownerName={agreement.owner?.label ?? null}
            />
          </Card>
          <Card title={t("workflow.trail")}>
            {agreement.approvals.length === 0 ? (
              <p className="text-sm text-slate-600">{t("workflow.trailEmpty")}</p>
            ) : (
              <ol className="flex flex-col gap-3">
                {agreement.approvals.map((step) => (
                  <li key={step.id} className="text-sm">
                    <p className="text-slate-900">
                      {step.decision === "TERMINATED" && step.takesEffectOn
                        ? t("workflow.terminatedFrom", { name: step.actorName ?? t("workflow.someone"), date: date(step.takesEffectOn) ?? "" })
                        : t(`workflow.${step.decision}`, {
                            name: step.actorName ?? t("workflow.someone"),
                            from: t(`statuses.${step.fromStatus}`),
                            to: t(`statuses.${step.toStatus}`),
                          })}
                    </p>
                    <time dateTime={step.createdAt.toISOString()} className="text-xs text-slate-500 tabular-nums">
                      {when(step.createdAt)}
                    </time>
                    {step.comment ? <p className="mt-1 rounded-md bg-slate-50 px-2 py-1 whitespace-pre-line text-slate-700 [overflow-wrap:anywhere]">{step.comment}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </Card>
          {agreement.chain.length > 1 ? (
            <Card title={t("detail.chain")} description={t("detail.chainHint")}>
              <ol className="flex flex-col gap-2">
                {agreement.chain.map((link) => (
                  <li key={link.id} className="flex flex-col gap-0.5 text-sm">
                    {link.id === agreement.id ? (
                      <span aria-current="page" className="font-mono font-semibold text-slate-900">
                        {link.referenceNumber} <span className="font-sans font-normal text-slate-500">({t("detail.chainCurrent")})</span>
                      </span>
                    ) : link.deleted ? (
                      <span className="font-mono text-slate-500">
                        {link.referenceNumber} <span className="font-sans">({t("detail.chainDeleted")})</span>
                      </span>
                    ) : (
                      <Link href={`/agreements/${link.id}`} className="font-mono font-medium text-brand-700 hover:underline">
                        {link.referenceNumber}
                      </Link>
                    )}
                    <span className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                      <AgreementStatusBadge status={link.status} label={t(`statuses.${link.status}`)} />
                      {[date(link.effectiveOn), date(link.expiresOn)].filter(Boolean).join(" – ")}
                    </span>
                  </li>
                ))}
              </ol>
            </Card>
          ) : null}
        </div>

        <div className="lg:col-span-3">
          <HistoryCard title={t("detail.history")} actor={actor} entityType="Agreement" entityId={agreement.id} />
        </div>
      </div>
    </>
  );
}

// Stacked on phones: a gap after each value keeps it with its own label.
function Item(props: { label: string; children: ReactNode }) {
  return <DetailItem {...props} valueClassName="mb-2 sm:mb-0" />;
}
