// The confirmation travels from the submitting POST to /[locale]/submit/done in a
// short-lived httpOnly cookie, never in the URL (the access code must not reach
// browser history, logs or Referer headers).
import { cookies, headers } from "next/headers";
import { z } from "zod";
import type { SubmitFeedbackResult } from "@/lib/cases/types";
import { CLOCK_TYPES, KINDS, NO_ANSWER_REASONS, type Kind } from "@/lib/domain/kinds";

const COOKIE = "harta_receipt";
/** Long enough to write the code down, short enough not to linger on a shared computer. */
const MAX_AGE_SECONDS = 15 * 60;

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

export async function storeReceipt(result: SubmitFeedbackResult, kind: Kind | null): Promise<void> {
  const receipt: Receipt = {
    reference: result.reference,
    accessCode: result.accessCode,
    kind,
    receivedAt: new Date(result.receivedAt).toISOString(),
    answerOwed: result.answerOwed,
    noAnswerReason: result.noAnswerReason,
    answerDueDate: result.answerDueDate,
    clocks: result.clocks.map(({ clock, dueDate, basis }) => ({ clock, dueDate, basis })),
  };
  // Secure when the page was reached over HTTPS (directly or behind a TLS proxy); a plain
  // HTTP install on a local network must still work.
  const h = await headers();
  const secure = h.get("x-forwarded-proto") === "https" || (h.get("origin") ?? "").startsWith("https:");
  (await cookies()).set(COOKIE, Buffer.from(JSON.stringify(receipt)).toString("base64url"), {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  });
}

export async function readReceipt(): Promise<Receipt | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  try {
    const parsed = receiptSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function clearReceipt(): Promise<void> {
  (await cookies()).delete(COOKIE);
}
