// Public enums: the values are the public contract (issue 2).
import { builder } from "@/graphql/builder";
import { CASE_STATUSES, CHANNELS, CLOCK_TYPES, KINDS, LOCALES, NO_ANSWER_REASONS } from "@/lib/domain/kinds";

export const KindEnum = builder.enumType("Kind", { values: KINDS });
export const ChannelEnum = builder.enumType("Channel", { values: CHANNELS });
export const ClockTypeEnum = builder.enumType("ClockType", { values: CLOCK_TYPES });
export const CaseStatusEnum = builder.enumType("CaseStatus", { values: CASE_STATUSES });
export const NoAnswerReasonEnum = builder.enumType("NoAnswerReason", { values: NO_ANSWER_REASONS });
export const LocaleEnum = builder.enumType("Locale", { values: LOCALES });
