"use server";
// The case page's server action: one entry for every form on the page (the form says
// which verb), each calling one use case of lib/cases with the signed-in viewer. The
// use cases decide who may do what; this file only reads the form, and turns the
// outcome into a redirect back to the case with a notice (post/redirect/get: reloading
// never acts twice) or into errors in the user's language next to the fields.
import { redirect } from "next/navigation";
import { AppError, isAppError, type FieldError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/domain/kinds";
import { hasMessage, message } from "@/lib/i18n/lookup";
import { log } from "@/lib/log";
import { getViewer, signInPath } from "@/lib/auth/get-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/cases/access";
import { addAttachment } from "@/lib/cases/add-attachment";
import { addNote } from "@/lib/cases/add-note";
import { approveAnswer } from "@/lib/cases/approve-answer";
import { assignCase } from "@/lib/cases/assign-case";
import { ATTACHMENT_LIMITS } from "@/lib/cases/attachment-limits";
import { closeCase } from "@/lib/cases/close-case";
import { decideNoAnswer } from "@/lib/cases/decide-no-answer";
import { forwardCase } from "@/lib/cases/forward-case";
import { mergeCase } from "@/lib/cases/merge-case";
import { reopenCase } from "@/lib/cases/reopen-case";
import { requestInformation } from "@/lib/cases/request-information";
import { recordInformationReceived } from "@/lib/cases/record-information-received";
import { saveAnswerDraft } from "@/lib/cases/save-answer-draft";
import { sendAnswer } from "@/lib/cases/send-answer";
import { transferCase } from "@/lib/cases/transfer-case";
import { triageCase } from "@/lib/cases/triage-case";
import { isCaseVerb, type CaseActionState, type CaseVerb } from "./state";

/** The notices the case page knows (workspace.notices.*). */
export type CaseNotice =
  | "triaged"
  | "assigned"
  | "transferred"
  | "infoRequested"
  | "infoRequestedPost"
  | "informationReceived"
  | "forwarded"
  | "forwardedPost"
  | "merged"
  | "noAnswer"
  | "draftSaved"
  | "approved"
  | "sent"
  | "sentPost"
  | "closed"
  | "reopened"
  | "noteAdded"
  | "attachmentAdded";

interface Context {
  viewer: Viewer;
  caseId: string;
  fd: FormData;
}

const SKIP_ECHO = new Set(["verb", "caseId", "locale"]);

function text(fd: FormData, key: string): string {
  const v = fd.get(key);
  return typeof v === "string" ? v : "";
}
const orNull = (s: string): string | null => (s.trim() === "" ? null : s);

const HANDLERS: Record<CaseVerb, (c: Context) => Promise<CaseNotice>> = {
  async triage({ viewer, caseId, fd }) {
    // The form starts at the case's current topic and department. A topic chosen on its
    // own routes the case to the topic's department; a department chosen on its own
    // drops a topic of the old department (lib/cases/triage-case.ts decides both).
    const category = text(fd, "categoryCode");
    const department = text(fd, "departmentCode");
    const categoryChanged = category !== text(fd, "wasCategoryCode");
    const departmentChanged = department !== text(fd, "wasDepartmentCode");
    await triageCase({
      viewer,
      caseId,
      input: {
        kind: orNull(text(fd, "kind")),
        categoryCode: categoryChanged || !departmentChanged ? orNull(category) : null,
        departmentCode: departmentChanged || !categoryChanged ? orNull(department) : null,
        reason: orNull(text(fd, "reason")),
      },
    });
    return "triaged";
  },
  async assign({ viewer, caseId, fd }) {
    const assigneeId = text(fd, "assigneeId");
    if (!assigneeId) throw AppError.badInput([{ field: "assigneeId", code: "REQUIRED" }]);
    await assignCase({ viewer, caseId, assigneeId });
    return "assigned";
  },
  async transfer({ viewer, caseId, fd }) {
    const departmentCode = text(fd, "departmentCode");
    if (!departmentCode) throw AppError.badInput([{ field: "departmentCode", code: "REQUIRED" }]);
    await transferCase({ viewer, caseId, departmentCode, reason: orNull(text(fd, "reason")) });
    return "transferred";
  },
  async requestInformation({ viewer, caseId, fd }) {
    const r = await requestInformation({ viewer, caseId, question: text(fd, "question"), respondBy: orNull(text(fd, "respondBy")) });
    return r.emailed ? "infoRequested" : "infoRequestedPost";
  },
  async informationReceived({ viewer, caseId, fd }) {
    await recordInformationReceived({ viewer, caseId, summary: orNull(text(fd, "summary")) });
    return "informationReceived";
  },
  async forward({ viewer, caseId, fd }) {
    const r = await forwardCase({ viewer, caseId, forwardedTo: text(fd, "forwardedTo"), sentOn: orNull(text(fd, "forwardedOn")) });
    return r.emailed ? "forwarded" : "forwardedPost";
  },
  async merge({ viewer, caseId, fd }) {
    const intoReference = text(fd, "intoReference");
    if (!intoReference.trim()) throw AppError.badInput([{ field: "intoReference", code: "REQUIRED" }]);
    await mergeCase({ viewer, caseId, intoReference, newFacts: text(fd, "newFacts") === "yes" });
    return "merged";
  },
  async decideNoAnswer({ viewer, caseId, fd }) {
    await decideNoAnswer({ viewer, caseId, reason: text(fd, "reason") });
    return "noAnswer";
  },
  async draft({ viewer, caseId, fd }) {
    await saveAnswerDraft({
      viewer,
      caseId,
      input: {
        findings: text(fd, "findings"),
        decision: text(fd, "decision"),
        reasons: text(fd, "reasons"),
        templateCode: orNull(text(fd, "templateCode")),
      },
    });
    return "draftSaved";
  },
  async approve({ viewer, caseId }) {
    await approveAnswer({ viewer, caseId });
    return "approved";
  },
  async send({ viewer, caseId }) {
    const r = await sendAnswer({ viewer, caseId });
    return r.emailed ? "sent" : "sentPost";
  },
  async close({ viewer, caseId }) {
    await closeCase({ viewer, caseId });
    return "closed";
  },
  async reopen({ viewer, caseId, fd }) {
    await reopenCase({ viewer, caseId, reason: text(fd, "reason") });
    return "reopened";
  },
  async note({ viewer, caseId, fd }) {
    await addNote({ viewer, caseId, text: text(fd, "note") });
    return "noteAdded";
  },
  async attach({ viewer, caseId, fd }) {
    const file = fd.get("file");
    if (!(file instanceof File) || file.size === 0) throw AppError.badInput([{ field: "file", code: "REQUIRED" }]);
    // Refused before reading it (next.config.js lets a little more than this through).
    if (file.size > ATTACHMENT_LIMITS.maxBytes) {
      throw AppError.badInput([{ field: "file", code: "FILE_TOO_LARGE", params: { max: ATTACHMENT_LIMITS.maxBytes / 1024 / 1024 } }]);
    }
    await addAttachment({ viewer, caseId, filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return "attachmentAdded";
  },
};

/** Use-case field names that the form calls otherwise. */
const FORM_FIELD: Partial<Record<CaseVerb, Record<string, string>>> = {
  forward: { sentOn: "forwardedOn" },
  note: { text: "note" },
};

export async function caseAction(previous: CaseActionState, fd: FormData): Promise<CaseActionState> {
  const rawLocale = text(fd, "locale");
  const locale: Locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const verb = text(fd, "verb");
  const caseId = text(fd, "caseId");
  const values: Record<string, string> = {};
  for (const [key, value] of fd.entries()) if (typeof value === "string" && !SKIP_ECHO.has(key)) values[key] = value;
  const failed = (rest: Pick<CaseActionState, "fieldErrors" | "formError">): CaseActionState => ({
    attempt: previous.attempt + 1,
    values,
    ...rest,
  });

  const casePath = `/${locale}/staff/cases/${caseId}`;
  if (!isCaseVerb(verb) || !isUuid(caseId)) return failed({ fieldErrors: [], formError: message(locale, "errors.NOT_FOUND") });
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(locale, casePath));

  let notice: CaseNotice;
  try {
    notice = await HANDLERS[verb]({ viewer, caseId, fd });
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "UNAUTHENTICATED") redirect(signInPath(locale, casePath));
      if (error.code === "BAD_INPUT") {
        const rename = FORM_FIELD[verb] ?? {};
        return failed({
          fieldErrors: error.fieldErrors.map((e: FieldError) => ({
            field: rename[e.field] ?? e.field,
            message: message(locale, `fieldErrors.${e.code}`, e.params),
          })),
          formError: null,
        });
      }
      if (error.code === "CONFLICT") {
        const key = hasMessage(locale, `workspace.conflicts.${verb}`) ? `workspace.conflicts.${verb}` : "workspace.conflicts.default";
        return failed({ fieldErrors: [], formError: message(locale, key) });
      }
      if (error.code !== "INTERNAL") return failed({ fieldErrors: [], formError: message(locale, `errors.${error.code}`, { minutes: 1, seconds: 60 }) });
    }
    log.error({ err: error, verb }, "case page: action failed");
    return failed({ fieldErrors: [], formError: message(locale, "errors.INTERNAL") });
  }
  redirect(`${casePath}?notice=${notice}`);
}
