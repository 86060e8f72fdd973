import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import { BackLink } from "@/app/(app)/_components/back-link";
import { DetailItem, DetailList } from "@/app/(app)/_components/detail-item";
import { HistoryCard } from "@/app/(app)/_components/history-card";
import { Badge } from "@/components/badge";
import { LinkButton } from "@/components/button";
import { Card } from "@/components/card";
import { todayOf } from "@/lib/agreements/status";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getPartnerLinks, listPartnerContacts } from "@/lib/data/partner-records";
import { isoDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";
import { regionName } from "@/lib/i18n/regions";
import { otherNamesOf } from "@/lib/partners/partner-input";
import { Contacts } from "../_components/contacts";
import { statusTone } from "../_components/partner-options";
import { DeletePartner } from "../_components/record-actions";
import { loadPartner, partnerName } from "./load";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const name = await partnerName((await params).id);
  return name ? { title: name } : {};
}

export default async function PartnerPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageAccess("/partners", `/partners/${encodeURIComponent(id)}`);
  const partner = await loadPartner(actor, id);
  const [contacts, links, t, tList, tDetail, format, locale] = await Promise.all([
    listPartnerContacts(actor, partner.id),
    getPartnerLinks(actor, partner.id),
    getTranslations("partnerRecord"),
    getTranslations("partners"),
    getTranslations("partnerRecord.detail"),
    getFormatter(),
    getLocale(),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const today = todayOf(new Date());
  const none = <span className="text-slate-400">{tDetail("none")}</span>;
  const rorId = partner.rorId ? bareRorId(partner.rorId) : null;
  const otherNames = otherNamesOf(partner.otherNames);

  return (
    <>
      <BackLink href="/partners" label={t("back")} />
      <header className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 flex-col gap-1.5">
          <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">
            {partner.nameEn}
            {partner.acronym ? <span className="ms-2 text-lg font-normal text-slate-500">{partner.acronym}</span> : null}
          </h1>
          {partner.nameNative ? <p lang={partner.country === "CN" || partner.country === "TW" || partner.country === "HK" ? "zh" : undefined} className="text-base break-words text-slate-700">{partner.nameNative}</p> : null}
          {otherNames.length > 0 ? (
            <p className="text-sm break-words text-slate-600">
              {tDetail("otherNames")}{" "}
              {otherNames.map((name, i) => (
                <Fragment key={name}>
                  {i > 0 ? " · " : null}
                  {/* A Chinese name read by a Chinese voice. */}
                  <span lang={/\p{Script=Han}/u.test(name) ? "zh" : undefined}>{name}</span>
                </Fragment>
              ))}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Badge tone={statusTone[partner.status]} hasDot>
              {tList(`statuses.${partner.status}`)}
            </Badge>
            <Badge>{tList(`kinds.${partner.kind}`)}</Badge>
          </div>
        </div>
        <div className="flex shrink-0 gap-2">
          <LinkButton href={`/partners/${partner.id}/edit`}>{tDetail("edit")}</LinkButton>
          {actor.role === "ADMIN" ? <DeletePartner id={partner.id} name={partner.nameEn} /> : null}
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <Card title={tDetail("details")}>
            <DetailList>
              <DetailItem label={tDetail("country")}>{regionName(partner.country, locale as Locale)}</DetailItem>
              <DetailItem label={tDetail("city")}>{partner.city ?? none}</DetailItem>
              <DetailItem label={tDetail("website")}>
                {partner.website ? (
                  <a href={partner.website} rel="noopener noreferrer" target="_blank" className="break-all text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                    {partner.website.replace(/^https?:\/\//, "")}
                  </a>
                ) : (
                  none
                )}
              </DetailItem>
              <DetailItem label={tDetail("rorId")}>
                {rorId ? (
                  <a href={`https://ror.org/${encodeURIComponent(rorId)}`} rel="noopener noreferrer" target="_blank" className="font-mono break-all text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                    {rorId}
                  </a>
                ) : (
                  none
                )}
              </DetailItem>
              <DetailItem label={tDetail("erasmusCode")}>{partner.erasmusCode ? <span className="font-mono whitespace-pre">{partner.erasmusCode}</span> : none}</DetailItem>
              <DetailItem label={tDetail("tags")}>
                {partner.tags.length ? (
                  <span className="flex flex-wrap gap-1">
                    {partner.tags.map((tag) => (
                      <Link key={tag} href={`/partners?tag=${encodeURIComponent(tag)}`} className="rounded-full focus-visible:outline-2 focus-visible:outline-brand-600">
                        <Badge tone="brand">{tag}</Badge>
                      </Link>
                    ))}
                  </span>
                ) : (
                  none
                )}
              </DetailItem>
              <DetailItem label={tDetail("notes")}>{partner.notes ? <span className="whitespace-pre-line break-words">{partner.notes}</span> : none}</DetailItem>
              <DetailItem label={tDetail("created")}>{when(partner.createdAt)}</DetailItem>
              <DetailItem label={tDetail("updated")}>{when(partner.updatedAt)}</DetailItem>
            </DetailList>
          </Card>

          <Card title={t("contacts.title")}>
            <Contacts partnerId={partner.id} partnerName={partner.nameEn} contacts={contacts} />
          </Card>

          <Card title={`${tDetail("agreements")} (${format.number(links.agreements.total)})`}>
            {links.agreements.rows.length === 0 ? (
              <p className="text-sm text-slate-600">{tDetail("agreementsEmpty")}</p>
            ) : (
              <ul className="flex flex-col divide-y divide-slate-100 text-sm">
                {links.agreements.rows.map((agreement) => (
                  <li key={agreement.id} className="flex flex-col gap-1 py-2.5 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between sm:gap-3">
                    <span className="min-w-0">
                      <Link href={`/agreements/${agreement.id}`} className="block font-medium break-words text-brand-700 hover:underline">
                        {agreement.title}
                      </Link>
                      <span className="block font-mono text-xs text-slate-500">{agreement.referenceNumber}</span>
                    </span>
                    <span className="flex shrink-0 items-center gap-2">
                      {agreement.expiresOn ? (
                        <span className="text-xs text-slate-500">
                          {tDetail(isoDate(agreement.expiresOn) < today ? "expired" : "expires", { date: day(agreement.expiresOn) })}
                        </span>
                      ) : null}
                      <Badge tone={agreement.status === "ACTIVE" ? "success" : "neutral"} hasDot>
                        {tDetail(`agreementStatuses.${agreement.status}`)}
                      </Badge>
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {links.agreements.total > links.agreements.rows.length ? (
              <Link href={`/agreements?partner=${partner.id}`} className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
                {tDetail("agreementsAll", { count: links.agreements.total })}
              </Link>
            ) : null}
          </Card>

          <Card title={tDetail("linked")}>
            <dl className="grid gap-4 text-sm sm:grid-cols-2">
              <Linked label={tDetail("exchanges")}>{tDetail("exchangesCount", links.exchanges)}</Linked>
              {(["visits", "experts", "programmes"] as const).map((kind) => {
                const group = links[kind];
                return (
                  <Linked key={kind} label={`${tDetail(kind)} (${format.number(group.total)})`}>
                    {group.rows.length === 0 ? (
                      <span className="text-slate-600">{tDetail("linkedEmpty")}</span>
                    ) : (
                      <ul className="flex flex-col gap-0.5">
                        {group.rows.map((row) => (
                          <li key={row.id} className="break-words">
                            {"title" in row ? row.title : row.name}
                            {"startsOn" in row ? <span className="text-slate-500"> · {day(row.startsOn)}</span> : null}
                          </li>
                        ))}
                        {group.total > group.rows.length ? <li className="text-slate-500">{tDetail("linkedMore", { count: group.total - group.rows.length })}</li> : null}
                      </ul>
                    )}
                  </Linked>
                );
              })}
            </dl>
          </Card>
        </div>

        <div className="flex min-w-0 flex-col gap-6">
          <HistoryCard title={tDetail("history")} allLabel={tDetail("historyAll")} actor={actor} entityType="Partner" entityId={partner.id} />
        </div>
      </div>
    </>
  );
}

// The form stores the bare id, but seeded and older records hold the whole link: shown as a
// link, either is the id (short enough for a phone) and opens https://ror.org/<id>.
function bareRorId(value: string): string {
  return value.trim().replace(/^https?:\/\/(?:www\.)?ror\.org\//i, "");
}

function Linked({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}
