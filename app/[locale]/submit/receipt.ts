// The confirmation travels from the submitting POST to /[locale]/submit/done in a
// short-lived httpOnly cookie, never in the URL (lib/ui/flash-cookie.ts).
import { z } from "zod";
import type { SubmitFeedbackResult } from "@/lib/cases/types";
import { CLOCK_TYPES, KINDS, NO_ANSWER_REASONS, type Kind } from "@/lib/domain/kinds";
import { flashCookie } from "@/lib/ui/flash-cookie";

const receiptSchema = z.object({
  reference: z.string().max(64),
  accessCode: z.string().max(128),
  kind: z.enum(KINDS).nullable(),
  receivedAt: z.iso.datetime(),
  answerOwed: z.boolean(),
  noAnswerReason: z.enum(NO_ANSWER_REASONS).nullable(),
  answerDueDate: z.iso.date().nullable(),
  clocks: z.array(z.object({ clock: z.enum(CLOCK_TYPES), dueDate: z.iso.date(), basis: z.string().max(200) })).max(10),
});
export type Receipt = z.infer<typeof receiptSchema>;

/** Long enough to write the code down, short enough not to linger on a shared computer. */
const receiptCookie = flashCookie("harta_receipt", receiptSchema, 15 * 60);

export async function storeReceipt(result: SubmitFeedbackResult, kind: Kind | null): Promise<void> {
  await receiptCookie.store({
    reference: result.reference,
    accessCode: result.accessCode,
    kind,
    receivedAt: new Date(result.receivedAt).toISOString(),
    answerOwed: result.answerOwed,
    noAnswerReason: result.noAnswerReason,
    answerDueDate: result.answerDueDate,
    clocks: result.clocks.map(({ clock, dueDate, basis }) => ({ clock, dueDate, basis })),
  });
}

export const readReceipt = receiptCookie.read;
export const clearReceipt = receiptCookie.clear;
