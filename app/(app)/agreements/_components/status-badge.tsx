import { Badge, type BadgeTone } from "@/components/badge";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

const tone: Record<AgreementStatus, BadgeTone> = {
  DRAFT: "neutral",
  IN_NEGOTIATION: "info",
  AWAITING_SIGNATURE: "warning",
  ACTIVE: "success",
  EXPIRED: "danger",
  TERMINATED: "neutral",
  SUPERSEDED: "brand",
};

/** An agreement's status as shown (an active one past its expiry is EXPIRED). */
export function AgreementStatusBadge({ status, label }: { status: AgreementStatus; label: string }) {
  return (
    <Badge tone={tone[status]} hasDot>
      {label}
    </Badge>
  );
}
