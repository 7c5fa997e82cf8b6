// /[locale]/staff/dashboard/csv: every figure of the dashboard, for the same filters (the
// dashboard's own query string) and under the same access rules (lib/ui/dashboard/load.ts:
// manager, heads, integrity officer; 404 for everyone else, as the page), in the language
// of the address. Rows: lib/ui/dashboard/figures-csv.ts; writer: lib/export/csv.ts.
import { createTranslator } from "next-intl";
import { getViewer } from "@/lib/auth/get-viewer";
import { isLocale } from "@/lib/domain/kinds";
import { csvResponse, toCsv } from "@/lib/export/csv";
import { catalogs } from "@/lib/i18n/messages";
import { NO_STORE, refusal } from "@/lib/ui/staff/file-response";
import { loadDashboard } from "@/lib/ui/dashboard/load";
import { figuresCsvHeader, figuresCsvRows } from "@/lib/ui/dashboard/figures-csv";
import type { SearchParams } from "@/lib/ui/dashboard/dashboard-query";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return refusal(404, "Not found");
  const viewer = await getViewer();
  if (!viewer) return refusal(401, "Sign-in required");
  const url = new URL(request.url);
  const sp: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) sp[key] = url.searchParams.getAll(key);
  const loaded = await loadDashboard(viewer, locale, sp);
  if (!loaded) return new Response(catalogs[locale].dashboard.csv.forbidden, { status: 404, headers: { ...NO_STORE, "content-type": "text/plain; charset=utf-8" } });
  const t = createTranslator({ locale, messages: { dashboard: catalogs[locale].dashboard }, namespace: "dashboard" });
  const { figures } = loaded;
  const body = toCsv(figuresCsvHeader(t), figuresCsvRows(figures, loaded.labels, t));
  return csvResponse(body, `figures-${figures.filter.from}-${figures.filter.to}`);
}
