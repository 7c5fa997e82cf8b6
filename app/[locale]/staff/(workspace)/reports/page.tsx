// /[locale]/staff/reports: the annual report on feedback (lib/reports/annual-report.ts) —
// pick a year (a GET form; the past year by default, as the report is due by 1 March) and
// download it as PDF or CSV (app/api/reports/annual). For those with a dashboard scope.
import "../admin/settings.css";
import "@/lib/ui/improvement/improvements.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/get-viewer";
import { isLocale } from "@/lib/domain/kinds";
import { sofiaDate } from "@/lib/domain/deadlines";
import { scopeForViewer } from "@/lib/dashboard/get-dashboard";
import { defaultReportYear } from "@/lib/reports/annual-report";
import { one, type SearchParams } from "../admin/feedback";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "annualReport" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

/** Years offered: from the current one back ten years. */
const YEARS_BACK = 10;

export default async function ReportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/reports`);
  const t = await getTranslations("annualReport");
  const scope = await scopeForViewer(viewer);
  if (!scope) {
    return (
      <div className="container page">
        <h1>{t("title")}</h1>
        <p className="callout">{t("forbidden")}</p>
      </div>
    );
  }
  const now = new Date();
  const current = Number(sofiaDate(now).slice(0, 4));
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => current - i);
  const asked = Number(one((await searchParams).year));
  const year = years.includes(asked) ? asked : defaultReportYear(now);
  const href = (format: "pdf" | "csv") => `/api/reports/annual?${new URLSearchParams({ year: String(year), format })}`;

  return (
    <div className="container page workspace">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>{t("scopeNote", { scope: t(`scopes.${scope.audience}`) })}</p>
      <form method="get" action={`/${locale}/staff/reports`} className="inline-filter">
        <label htmlFor="report-year" className="label">
          {t("yearLabel")}
        </label>
        <select id="report-year" name="year" className="input select" defaultValue={String(year)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t("show")}
        </button>
      </form>
      <ul className="link-list report-downloads">
        <li>
          <a href={href("pdf")} download data-testid="annual-report-pdf">
            {t("pdf", { year })}
          </a>
        </li>
        <li>
          <a href={href("csv")} download data-testid="annual-report-csv">
            {t("csv", { year })}
          </a>
        </li>
      </ul>
    </div>
  );
}
