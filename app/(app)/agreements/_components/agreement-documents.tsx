import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/card";
import { SubmitButton } from "@/components/button";
import { ConfirmAction } from "@/components/confirm-action";
import { removeAgreementDocumentAction } from "@/lib/actions/agreement-documents";
import { listAgreementDocuments } from "@/lib/data/agreement-documents";
import type { Actor } from "@/lib/data/current-user";
import { env } from "@/lib/env";

const UPLOAD_ERRORS = ["required", "empty", "tooLarge", "notPdf", "invalid", "unexpected"] as const;
type UploadError = (typeof UPLOAD_ERRORS)[number];

/** The upload's outcome, as the upload route put it in the URL (?document=… / ?documentError=…). */
export function documentOutcome(searchParams: Record<string, string | string[] | undefined>): { uploaded: boolean; error?: UploadError } {
  const error = searchParams.documentError;
  return {
    uploaded: searchParams.document === "uploaded",
    error: UPLOAD_ERRORS.find((key) => key === error),
  };
}

/**
 * An agreement's signed scans: every version with its download link, and a plain multipart
 * form to add one (it works before JavaScript loads; the route sends the browser back here).
 */
export async function AgreementDocuments({ actor, agreementId, outcome }: { actor: Actor; agreementId: string; outcome: ReturnType<typeof documentOutcome> }) {
  const [documents, t, format] = await Promise.all([listAgreementDocuments(actor, agreementId), getTranslations("agreementDocuments"), getFormatter()]);
  const max = env().MERIDIAN_MAX_UPLOAD_MB;
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" })
      : format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });

  return (
    <div id="documents" className="scroll-mt-6">
      <Card title={t("title")} description={t("description", { max })}>
        {documents.length ? (
          <ul aria-label={t("listLabel")} className="-mt-1 mb-4 flex flex-col divide-y divide-slate-100">
            {documents.map((document) => (
              <li key={document.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5">
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700 tabular-nums">{t("version", { number: document.versionNumber })}</span>
                <div className="flex min-w-0 flex-1 flex-col">
                  <a
                    href={`/agreements/${agreementId}/documents/${document.id}`}
                    download
                    aria-label={t("download", { name: document.fileName })}
                    className="truncate font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    {document.fileName}
                  </a>
                  <span className="text-xs text-slate-500">
                    {size(document.sizeBytes)} ·{" "}
                    {document.uploadedBy
                      ? t("uploadedBy", { name: document.uploadedBy, date: format.dateTime(document.createdAt, { dateStyle: "medium" }) })
                      : t("uploadedOn", { date: format.dateTime(document.createdAt, { dateStyle: "medium" }) })}
                  </span>
                </div>
                <ConfirmAction
                  action={removeAgreementDocumentAction}
                  fields={{ agreementId, documentId: document.id }}
                  label={t("remove.button")}
                  triggerAriaLabel={t("remove.label", { number: document.versionNumber, name: document.fileName })}
                  triggerSize="sm"
                  title={t("remove.title", { number: document.versionNumber })}
                  body={t("remove.body", { name: document.fileName })}
                  confirmLabel={t("remove.confirm")}
                  cancelLabel={t("remove.cancel")}
                  closeLabel={t("remove.close")}
                  isDanger
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4 text-sm text-slate-600">{t("empty")}</p>
        )}
        {outcome.uploaded ? (
          <p role="status" className="mb-3 rounded-field bg-success-50 px-3 py-2 text-sm font-medium text-success-800">
            {t("upload.done")}
          </p>
        ) : null}
        <form method="post" action={`/agreements/${agreementId}/documents`} encType="multipart/form-data" className="flex flex-col gap-2 border-t border-slate-100 pt-4">
          <label htmlFor="document-file" className="text-sm font-medium text-slate-800">
            {t("upload.label")}
          </label>
          <p id="document-file-hint" className="text-sm text-slate-600">
            {t("upload.hint")}
          </p>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
            <input
              id="document-file"
              name="file"
              type="file"
              accept="application/pdf,.pdf"
              required
              aria-invalid={outcome.error ? true : undefined}
              aria-describedby={outcome.error ? "document-file-hint document-file-error" : "document-file-hint"}
              className="block w-full min-w-0 text-sm text-slate-700 file:me-3 file:min-h-9 file:rounded-field file:border file:border-slate-300 file:bg-white file:px-3 file:font-medium file:text-slate-800 hover:file:bg-slate-50"
            />
            <SubmitButton variant="secondary">{t("upload.submit")}</SubmitButton>
          </div>
          {outcome.error ? (
            <p id="document-file-error" role="alert" className="text-sm text-danger-700">
              {t(`errors.${outcome.error}`, { max })}
            </p>
          ) : null}
        </form>
      </Card>
    </div>
  );
}
