"use server";
// Server actions behind the registration form and the slip. They work without
// JavaScript: the browser posts the form (multipart, with the scans), Next runs the
// action and renders the page again with its result, or redirects to the slip.
import { redirect } from "next/navigation";
import { getViewer, signInPath } from "@/lib/auth/get-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { registerSubmission } from "@/lib/cases/register-submission";
import { validateRegistration } from "@/lib/cases/register-submission-input";
import { addAttachment } from "@/lib/cases/add-attachment";
import { checkAttachment } from "@/lib/cases/attachment-file";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/domain/kinds";
import { isAppError, type FieldErrorCode } from "@/lib/errors";
import { log } from "@/lib/log";
import { chosenFiles, echoValues, quickFileErrors, registrationFromFormData } from "./form-data";
import { slipCookie, type Slip } from "./slip-cookie";
import type { RegisterState } from "./state";

function pageLocale(fd: FormData): Locale {
  const v = fd.get("uiLocale");
  return isLocale(v) ? v : DEFAULT_LOCALE;
}

/** The signed-in staff member, or off to sign-in (then back to the form). */
async function viewerOrSignIn(locale: Locale): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(locale, `/${locale}/staff/register`));
  return viewer;
}

/** The first problem of one file as the use cases word it (BAD_INPUT on field "file"). */
function fileProblem(error: unknown): { code: FieldErrorCode; params?: Record<string, number> } | null {
  if (!isAppError(error) || error.code !== "BAD_INPUT") return null;
  const e = error.fieldErrors[0];
  return e ? { code: e.code, params: e.params as Record<string, number> | undefined } : null;
}

export async function registerAction(previous: RegisterState, formData: FormData): Promise<RegisterState> {
  const locale = pageLocale(formData);
  const viewer = await viewerOrSignIn(locale);
  const input = registrationFromFormData(formData);
  const files = chosenFiles(formData);
  const failed = (rest: Partial<Pick<RegisterState, "fieldErrors" | "fileErrors" | "formError">>): RegisterState => ({
    attempt: previous.attempt + 1,
    values: echoValues(formData),
    fieldErrors: rest.fieldErrors ?? [],
    fileErrors: rest.fileErrors ?? [],
    filesDropped: files.length > 0,
    formError: rest.formError ?? null,
  });
  if (viewer.role !== "CLERK" || !viewer.serviceUnitId) return failed({ formError: "FORBIDDEN" });

  // Every problem at once — the fields and each file — before anything is written, so a
  // wrong scan never leaves a case registered without it.
  const fileErrors = quickFileErrors(files, { trustBrowserType: false });
  const uploads: { name: string; bytes: Uint8Array }[] = [];
  if (fileErrors.length === 0) {
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      uploads.push({ name: file.name, bytes });
      try {
        await checkAttachment(bytes);
      } catch (error) {
        const problem = fileProblem(error);
        if (!problem) throw error;
        fileErrors.push({ filename: file.name, ...problem });
      }
    }
  }
  const validation = validateRegistration(input);
  if (!validation.ok || fileErrors.length > 0) return failed({ fieldErrors: validation.ok ? [] : validation.errors, fileErrors });
  const { submission, channel } = validation.value;

  let slip: Slip;
  try {
    const result = await registerSubmission({ viewer, input });
    // The case exists now: each scan is attached on its own, and one that still fails
    // (an image that cannot be decoded) is reported on the slip, not as a lost case.
    const attachments: Slip["attachments"] = [];
    for (const upload of uploads) {
      const filename = upload.name.slice(0, 120);
      try {
        await addAttachment({ viewer, caseId: result.caseId, filename: upload.name, bytes: upload.bytes });
        attachments.push({ filename, error: null });
      } catch (error) {
        const problem = fileProblem(error);
        if (!problem) log.error({ err: error, reference: result.reference }, "register form: attachment failed");
        attachments.push({ filename, error: problem?.code ?? "INTERNAL", params: problem?.params });
      }
    }
    slip = {
      clerkId: viewer.id,
      caseId: result.caseId,
      reference: result.reference,
      accessCode: result.accessCode,
      kind: submission.kind,
      channel,
      locale: submission.locale,
      receivedAt: result.receivedAt.toISOString(),
      registeredAt: new Date().toISOString(),
      answerOwed: result.answerOwed,
      noAnswerReason: result.noAnswerReason,
      answerDueDate: result.answerDueDate,
      clocks: result.clocks.map(({ clock, dueDate, basis }) => ({ clock, dueDate, basis })),
      slipEmailed: result.slipEmailed,
      attachments,
    };
  } catch (error) {
    if (isAppError(error) && error.code === "BAD_INPUT") return failed({ fieldErrors: error.fieldErrors });
    if (isAppError(error) && (error.code === "FORBIDDEN" || error.code === "UNAUTHENTICATED")) return failed({ formError: "FORBIDDEN" });
    log.error({ err: error }, "register form: registerSubmission failed");
    return failed({ formError: "INTERNAL" });
  }
  await slipCookie.store(slip);
  // Post/redirect/get: reloading the slip never registers the paper twice.
  redirect(`/${locale}/staff/register/slip`);
}

/** "Done": forget the slip (and its access code), back to an empty form. */
export async function finishSlipAction(formData: FormData): Promise<void> {
  await slipCookie.clear();
  redirect(`/${pageLocale(formData)}/staff/register`);
}
