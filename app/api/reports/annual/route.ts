// The annual report (lib/reports/annual-report.ts) as a download: ?year=2025&format=pdf|csv
// (default: the past year, PDF). For those with a dashboard — management, heads (their
// department), the integrity officer (restricted kinds); others get 403.
import { getViewer } from "@/lib/auth/get-viewer";
import { isAppError } from "@/lib/errors";
import { csvResponse } from "@/lib/export/csv";
import { annualReport, annualReportCsv, annualReportPdf, defaultReportYear } from "@/lib/reports/annual-report";
import { fileResponse, NO_STORE, refusal } from "@/lib/ui/staff/file-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const viewer = await getViewer();
  if (!viewer) return refusal(401, "Sign-in required");
  const now = new Date();
  const yearParam = url.searchParams.get("year");
  const year = yearParam ? Number(yearParam) : defaultReportYear(now);
  const format = url.searchParams.get("format") === "csv" ? "csv" : "pdf";
  try {
    const report = await annualReport({ viewer, year, now });
    const name = `annual-report-${report.year}`;
    if (format === "csv") return csvResponse(annualReportCsv(report), name);
    return fileResponse(await annualReportPdf(report), { filename: `${name}.pdf`, mimeType: "application/pdf", disposition: "attachment" });
  } catch (error) {
    if (isAppError(error) && (error.code === "FORBIDDEN" || error.code === "BAD_INPUT")) {
      const status = error.code === "FORBIDDEN" ? 403 : 400;
      return new Response(error.code === "FORBIDDEN" ? "Forbidden" : "Bad year", { status, headers: { ...NO_STORE, "content-type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
