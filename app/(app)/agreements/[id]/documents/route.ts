import { auditRefusal } from "@/lib/actions/form-action";
import { addAgreementDocument } from "@/lib/data/agreement-documents";
import { getCurrentUser } from "@/lib/data/current-user";
import { isAppError } from "@/lib/data/errors";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { requestId } from "@/lib/request-id";
import { isSameOrigin } from "@/lib/security/same-origin";

// Uploads a signed scan: a plain multipart form post (it works without JavaScript and is not
// bound by the server actions' 1 MB body limit). The answer sends the browser back to the
// agreement with the outcome in the URL, as a message key the page shows next to the field.

const back = (id: string, outcome: string) =>
  new Response(null, { status: 303, headers: { Location: `/agreements/${encodeURIComponent(id)}?${outcome}#documents` } });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!isSameOrigin(request.headers)) return new Response("Cross-site request refused", { status: 403 });
  const actor = await getCurrentUser();
  // Refuse an oversized body before reading it (the data layer checks the file itself again).
  const limit = env().MERIDIAN_MAX_UPLOAD_MB * 1024 * 1024;
  if (actor && Number(request.headers.get("content-length") ?? 0) > limit + 64 * 1024) return back(id, "documentError=tooLarge");
  try {
    const form = await request.formData();
    const file = form.get("file");
    const upload = file instanceof File ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { name: "", bytes: new Uint8Array() };
    await addAgreementDocument(actor, id, upload);
    return back(id, "document=uploaded");
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "INVALID") return back(id, `documentError=${error.field?.messageKey ?? "invalid"}`);
      await auditRefusal(actor, error);
      return new Response("Not found", { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
    }
    log.error({ err: error, requestId: await requestId() }, "document upload failed");
    return back(id, "documentError=unexpected");
  }
}
