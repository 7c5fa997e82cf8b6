// What an administrator's settings form says after a post, carried in the address of the
// page it redirects to (post → redirect → get), so the forms work without JavaScript:
// what was saved, or the field errors to show next to their fields and the values typed.
import { redirect } from "next/navigation";
import { getViewer, signInPath } from "@/lib/auth/get-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { APP_ERROR_CODES, FIELD_ERROR_CODES, isAppError, type AppErrorCode, type FieldError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/domain/kinds";
import { log } from "@/lib/log";

export type SearchParams = Record<string, string | string[] | undefined>;

export const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

export function formLocale(fd: FormData): Locale {
  const v = fd.get("locale");
  return isLocale(v) ? v : DEFAULT_LOCALE;
}

export const text = (fd: FormData, name: string): string => String(fd.get(name) ?? "");

/** The signed-in viewer of a settings action, or off to sign in (back to `path` after). */
export async function actionViewer(locale: Locale, path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(locale, path));
  return viewer;
}

/** The query that reports a refusal: field errors (with the values typed) or an error code. */
export function failureQuery(error: unknown, locale: Locale, path: string, values: Record<string, string> = {}): URLSearchParams {
  if (isAppError(error) && error.code === "UNAUTHENTICATED") redirect(signInPath(locale, path));
  if (!isAppError(error)) log.error({ err: error }, "admin settings: change failed");
  const q = new URLSearchParams();
  if (isAppError(error) && error.fieldErrors.length > 0) {
    q.set("errors", JSON.stringify(error.fieldErrors));
    for (const [k, v] of Object.entries(values)) q.set(`v_${k}`, v);
  } else q.set("error", isAppError(error) ? error.code : "INTERNAL");
  return q;
}

export interface Feedback {
  errors: FieldError[];
  formError: AppErrorCode | null;
  values: Record<string, string>;
  errorOf(field: string): FieldError | undefined;
}

export function readFeedback(query: SearchParams): Feedback {
  let errors: FieldError[] = [];
  try {
    const parsed: unknown = JSON.parse(one(query.errors) ?? "[]");
    if (Array.isArray(parsed)) {
      errors = parsed
        .filter((e): e is FieldError => typeof e?.field === "string" && (FIELD_ERROR_CODES as readonly string[]).includes(e?.code))
        .map((e) => ({ field: e.field, code: e.code, params: typeof e.params === "object" && e.params !== null ? e.params : undefined }));
    }
  } catch {
    errors = [];
  }
  const error = one(query.error);
  const formError = error && (APP_ERROR_CODES as readonly string[]).includes(error) ? (error as AppErrorCode) : null;
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) if (k.startsWith("v_")) values[k.slice(2)] = one(v) ?? "";
  return { errors, formError, values, errorOf: (field) => errors.find((e) => e.field === field) };
}
