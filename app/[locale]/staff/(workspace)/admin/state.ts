import type { AuditVerification } from "@/lib/audit/verify";

export interface AuditCheckState {
  attempt: number;
  result: { type: "checked"; verification: AuditVerification; ms: number } | { type: "error" } | null;
}

export const initialAuditCheckState: AuditCheckState = { attempt: 0, result: null };
