import { auditRefusal } from "@/lib/actions/form-action";
import { openAgreementDocument } from "@/lib/data/agreement-documents";
import { getCurrentUser } from "@/lib/data/current-user";
import { isAppError } from "@/lib/data/errors";
import { attachmentHeader } from "@/lib/documents/upload-checks";

// Downloads one version of an agreement's documents, for the office only: always as an
// attachment, never cached, never sniffed. Anyone else gets a plain 404 (or 401).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }): Promise<Response> {
  const { id, documentId } = await params;
  const actor = await getCurrentUser();
  try {
    const document = await openAgreementDocument(actor, id, documentId);
    return new Response(document.body, {
      headers: {
        "Content-Type": document.contentType,
        "Content-Length": String(document.sizeBytes),
        "Content-Disposition": attachmentHeader(document.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    await auditRefusal(actor, error);
    return new Response("Not found", { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
  }
}
