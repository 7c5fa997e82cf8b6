// Public enums: the values are the public contract (issue 2).
import { builder } from "@/graphql/builder";
import { CASE_STATUSES, CHANNELS, CLOCK_TYPES, KINDS, LOCALES, NO_ANSWER_REASONS } from "@/lib/domain/kinds";
import { CASE_ACTIONS } from "@/lib/domain/access";
import { ROLES } from "@/lib/auth/viewer";
import { NOT_OWED_REASONS, TIMELINESS } from "@/lib/cases/list-cases";

export const KindEnum = builder.enumType("Kind", { values: KINDS });
export const ChannelEnum = builder.enumType("Channel", { values: CHANNELS });
export const ClockTypeEnum = builder.enumType("ClockType", { values: CLOCK_TYPES });
export const CaseStatusEnum = builder.enumType("CaseStatus", { values: CASE_STATUSES });
export const NoAnswerReasonEnum = builder.enumType("NoAnswerReason", { values: NO_ANSWER_REASONS });
export const LocaleEnum = builder.enumType("Locale", { values: LOCALES });

// Staff workspace enums.
export const RoleEnum = builder.enumType("Role", { values: ROLES });
export const ClockStateEnum = builder.enumType("ClockState", {
  values: ["RUNNING", "PAUSED", "MET", "WARNED", "BREACHED", "STOPPED"] as const,
});
export const DraftStatusEnum = builder.enumType("DraftStatus", { values: ["DRAFT", "APPROVED", "SENT"] as const });
// Case-list drill-down from the dashboard (lib/cases/list-cases.ts, lib/dashboard/types.ts).
export const NotOwedReasonEnum = builder.enumType("NotOwedReason", {
  description: "Why no answer is owed: a recorded reason, or KIND_POLICY (the kind owes none).",
  values: NOT_OWED_REASONS,
});
export const TimelinessEnum = builder.enumType("Timeliness", {
  description: "ON_TIME: met by the end of the term; LATE: met after it, or still open past it.",
  values: TIMELINESS,
});
export const CaseActionEnum = builder.enumType("CaseAction", {
  description: "What a staff member may do to a case (Case.allowedActions).",
  values: CASE_ACTIONS,
});
