"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { OFFICE_ROLES } from "@/lib/data/access";
import { removeAgreementDocument } from "@/lib/data/agreement-documents";
import { formAction } from "./form-action";

// Uploads are a route handler (app/(app)/agreements/[id]/documents/route.ts): files are
// larger than a server action's body limit. Removing a version is a small form.
export const removeAgreementDocumentAction = formAction(
  { schema: z.object({ agreementId: z.uuid(), documentId: z.uuid() }), roles: OFFICE_ROLES },
  async ({ agreementId, documentId }, actor) => {
    await removeAgreementDocument(actor, agreementId, documentId);
    revalidatePath(`/agreements/${agreementId}`);
  },
);
