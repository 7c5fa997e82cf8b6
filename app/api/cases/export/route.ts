// CSV of the inbox list as filtered (the inbox's own query string: ./inbox-query.ts), every
// page of it, for staff who read cases. `locale` picks the language of the headings and
// labels. What goes into the file and why: lib/export/case-list.ts.
import { getViewer } from "@/lib/auth/get-viewer";
import { DEFAULT_LOCALE, isLocale } from "@/lib/domain/kinds";
import { isAppError } from "@/lib/errors";
import { exportCaseList } from "@/lib/export/case-list";
import { csvResponse } from "@/lib/export/csv";
import { todayInSofia } from "@/lib/i18n/dates";
import { message } from "@/lib/i18n/lookup";
import { NO_STORE, refusal } from "@/lib/ui/staff/file-response";
import { parseInboxQuery, toCaseFilter, type SearchParams } from "@/app/[locale]/staff/(workspace)/cases/inbox-query";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const sp: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) sp[key] = url.searchParams.getAll(key);
  const raw = url.searchParams.get("locale");
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const viewer = await getViewer();
  if (!viewer) return refusal(401, "Sign-in required");
  try {
    const { csv } = await exportCaseList({ viewer, filter: toCaseFilter(parseInboxQuery(sp), viewer.id), locale });
    return csvResponse(csv, `cases-${todayInSofia()}`);
  } catch (error) {
    if (isAppError(error) && (error.code === "FORBIDDEN" || error.code === "BAD_INPUT")) {
      const text = error.code === "FORBIDDEN" ? message(locale, "exports.caseList.forbidden") : message(locale, "errors.BAD_INPUT");
      return new Response(text, { status: error.code === "FORBIDDEN" ? 403 : 400, headers: { ...NO_STORE, "content-type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
