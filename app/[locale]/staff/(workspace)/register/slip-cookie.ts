// The registration slip travels from the registering POST to /[locale]/staff/register/slip
// in a short-lived httpOnly cookie (lib/ui/flash-cookie.ts), never in the URL: it holds
// the access code, shown once. It names the clerk who registered, so that another
// person signing in on the same counter computer does not see it.
import { z } from "zod";
import { CHANNELS, CLOCK_TYPES, KINDS, LOCALES, NO_ANSWER_REASONS } from "@/lib/domain/kinds";
import { FIELD_ERROR_CODES } from "@/lib/errors";
import { flashCookie } from "@/lib/ui/flash-cookie";

const slipSchema = z.object({
  clerkId: z.string().max(64),
  caseId: z.string().max(64),
  reference: z.string().max(64),
  accessCode: z.string().max(128),
  kind: z.enum(KINDS),
  channel: z.enum(CHANNELS),
  /** The citizen's language: the slip is printed in it. */
  locale: z.enum(LOCALES),
  receivedAt: z.iso.datetime(),
  registeredAt: z.iso.datetime(),
  answerOwed: z.boolean(),
  noAnswerReason: z.enum(NO_ANSWER_REASONS).nullable(),
  answerDueDate: z.iso.date().nullable(),
  clocks: z.array(z.object({ clock: z.enum(CLOCK_TYPES), dueDate: z.iso.date(), basis: z.string().max(200) })).max(10),
  slipEmailed: z.boolean(),
  attachments: z
    .array(
      z.object({
        filename: z.string().max(120),
        /** Why it was not attached: a field error code, or INTERNAL (logged). */
        error: z.enum([...FIELD_ERROR_CODES, "INTERNAL"]).nullable(),
        params: z.record(z.string(), z.number()).optional(),
      }),
    )
    .max(10),
});
export type Slip = z.infer<typeof slipSchema>;

/** Long enough to print and hand over, short enough not to linger at the counter. */
export const slipCookie = flashCookie("harta_slip", slipSchema, 15 * 60);
