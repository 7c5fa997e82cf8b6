"use server";
// Server actions behind the submit form. They work without JavaScript: the browser
// posts the form, Next runs the action and renders the page again with its result.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { submitFeedback } from "@/lib/cases/submit-feedback";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { isAppError } from "@/lib/errors";
import { isKind } from "@/lib/domain/kinds";
import { log } from "@/lib/log";
import { clientInfoFromHeaders } from "@/lib/server/client-info";
import { echoValues, submissionFromFormData } from "./form-data";
import { clearReceipt, storeReceipt } from "./receipt";
import type { SubmitState } from "./state";

export async function submitAction(previous: SubmitState, formData: FormData): Promise<SubmitState> {
  const input = submissionFromFormData(formData);
  const locale: Locale = isLocale(input.locale) ? input.locale : defaultLocale;
  const failed = (rest: Pick<SubmitState, "fieldErrors" | "formError">): SubmitState => ({
    attempt: previous.attempt + 1,
    values: echoValues(formData),
    ...rest,
  });

  try {
    const result = await submitFeedback({ input, client: clientInfoFromHeaders(await headers()) });
    await storeReceipt(result, isKind(input.kind) ? input.kind : null);
  } catch (error) {
    if (isAppError(error) && error.code === "BAD_INPUT") {
      return failed({ fieldErrors: error.fieldErrors, formError: null });
    }
    if (isAppError(error) && error.code === "RATE_LIMITED") {
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
      return failed({ fieldErrors: [], formError: { code: "RATE_LIMITED", minutes } });
    }
    log.error({ err: error }, "submit form: submitFeedback failed");
    return failed({ fieldErrors: [], formError: { code: "INTERNAL" } });
  }
  // Post/redirect/get: reloading the confirmation never sends the submission twice.
  redirect(`/${locale}/submit/done`);
}

/** "I have written it down": forget the confirmation so the next person cannot read it. */
export async function finishAction(formData: FormData): Promise<void> {
  const requested = formData.get("locale");
  await clearReceipt();
  redirect(`/${isLocale(requested) ? requested : defaultLocale}`);
}
