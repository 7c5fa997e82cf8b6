// /[locale]/staff/dashboard: management's live figures (issue 5, "The dashboard").
// The manager sees every case but corruption signals and whistleblower reports, a head
// their department, the integrity officer those restricted kinds alone; everyone else
// gets "not found" (and has no link to it). Filters are a GET form that works without
// JavaScript; each bad value is reported next to its field, in the reader's language,
// and the figures are shown without it. Every number links to the inbox listing exactly
// its cases. With JavaScript the figures follow the event stream (lib/ui/dashboard/
// live-dashboard.tsx). The CSV of every figure is ./csv (same access, same filters).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CHANNELS, isLocale, type Locale } from "@/lib/domain/kinds";
import { requireViewer } from "@/lib/auth/get-viewer";
import { catalogs } from "@/lib/i18n/messages";
import { Link } from "@/lib/i18n/navigation";
import { liveInboxCursor } from "@/lib/ui/staff/live-cursor";
import { LiveDashboard } from "@/lib/ui/dashboard/live-dashboard";
import { dashboardHref, type DashboardQuery, type SearchParams } from "@/lib/ui/dashboard/dashboard-query";
import { loadDashboard } from "@/lib/ui/dashboard/load";
import { DASHBOARD_LIMITS } from "@/lib/dashboard/types";
import { ImprovementActionsSummary } from "@/lib/ui/improvement/actions-summary";
import "@/lib/ui/dashboard/dashboard.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

export default async function DashboardPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  setRequestLocale(locale);
  const sp = await searchParams;
  const viewer = await requireViewer(locale, `/${locale}/staff/dashboard`);
  // Before the figures: events after this id may be missing from them; the live feed
  // starts after it, so at worst the figures are fetched once more, never a gap.
  const after = await liveInboxCursor();
  const loaded = await loadDashboard(viewer, locale, sp);
  if (!loaded) notFound();
  const { scope, query, errors, filter, figures, labels, reference } = loaded;
  const t = await getTranslations("dashboard");
  const format = await getFormatter();

  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Sofia" });
  const errorOf = (field: keyof DashboardQuery) => errors.find((e) => e.field === field);
  const errorText = (field: keyof DashboardQuery) => {
    const e = errorOf(field);
    return e ? t(`errors.${e.code}`, { years: DASHBOARD_LIMITS.maxRangeYears }) : "";
  };
  const fieldClass = (field: keyof DashboardQuery) => (errorOf(field) ? "field field--error" : "field");
  const describedBy = (field: keyof DashboardQuery, hint?: string) => [hint, errorOf(field) && `d-${field}-error`].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: keyof DashboardQuery) =>
    errorOf(field) ? (
      <p id={`d-${field}-error`} className="error-message">
        <span className="visually-hidden">{t("filters.errorPrefix")} </span>
        {errorText(field)}
      </p>
    ) : null;
  const isHead = scope.audience === "DEPARTMENT";
  const departmentName = scope.departmentCode ? (labels.departments[scope.departmentCode] ?? scope.departmentCode) : "";
  const kinds = scope.kinds;
  const select = (field: "kind" | "channel" | "department" | "unit", options: { value: string; label: string }[]) => (
    <div className={fieldClass(field)}>
      <label htmlFor={`d-${field}`} className="label">
        {t(`filters.${field}`)}
      </label>
      {fieldError(field)}
      <select id={`d-${field}`} name={field} className="input select" defaultValue={query[field]} aria-invalid={errorOf(field) ? true : undefined} aria-describedby={describedBy(field)}>
        <option value="">{t("filters.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const csvQuery = dashboardHref(query).split("?")[1];

  return (
    <div className="container page workspace dashboard">
      <h1>{t("title")}</h1>
      <p className="lead" data-testid="dashboard-scope">
        {t(`scope.${scope.audience === "PUBLIC" ? "MANAGEMENT" : scope.audience}`, { department: departmentName })}
      </p>

      <form method="get" action={`/${locale}/staff/dashboard`} className="inbox-filters dash-filters" aria-label={t("filters.label")} noValidate>
        {errors.length > 0 && (
          <div className="error-summary" role="alert" aria-labelledby="dash-errors-title">
            <h2 id="dash-errors-title">{t("filters.errorsTitle")}</h2>
            <ul>
              {errors.map((e) => (
                <li key={e.field}>
                  <a href={`#d-${e.field}`}>
                    {t(`filters.${e.field}`)}: {errorText(e.field)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="dash-filter-grid">
          {(["from", "to"] as const).map((field) => (
            <div className={fieldClass(field)} key={field}>
              <label htmlFor={`d-${field}`} className="label">
                {t(`filters.${field}`)}
              </label>
              <p id={`d-${field}-hint`} className="hint">
                {t("filters.dateHint")}
              </p>
              {fieldError(field)}
              <input
                id={`d-${field}`}
                name={field}
                type="date"
                className="input input--date"
                defaultValue={query[field]}
                aria-invalid={errorOf(field) ? true : undefined}
                aria-describedby={describedBy(field, `d-${field}-hint`)}
              />
            </div>
          ))}
          {isHead ? (
            <p className="field dash-fixed">{t("filters.fixedDepartment", { department: departmentName })}</p>
          ) : (
            select(
              "department",
              reference.departments.map((d) => ({ value: d.code, label: d.name })),
            )
          )}
          {kinds.length > 1 &&
            select(
              "kind",
              kinds.map((k) => ({ value: k, label: labels.kinds[k] ?? k })),
            )}
          {select(
            "channel",
            CHANNELS.map((c) => ({ value: c, label: labels.channels[c] ?? c })),
          )}
          {select(
            "unit",
            reference.serviceUnits.map((u) => ({ value: u.code, label: u.name })),
          )}
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            {t("filters.apply")}
          </button>
          <Link href="/staff/dashboard" className="button button--secondary">
            {t("filters.clear")}
          </Link>
        </div>
      </form>

      <p className="dash-period" data-testid="dashboard-period">
        {t("period.range", { from: day(figures.filter.from), to: day(figures.filter.to) })}
      </p>

      <LiveDashboard initial={figures} filter={filter} texts={catalogs[locale].dashboard} liveTexts={catalogs[locale].live} labels={labels} after={after} />

      {/* Improvement actions (H3's register, lib/improvement): not live — they change by hand, not by case events. */}
      <div className="dash-section" data-section="improvements">
        <ImprovementActionsSummary viewer={viewer} locale={locale} />
      </div>

      <section aria-labelledby="h-csv" className="dash-section" data-section="csv">
        <h2 id="h-csv">{t("csv.title")}</h2>
        <p>
          <a href={`/${locale}/staff/dashboard/csv${csvQuery ? `?${csvQuery}` : ""}`} download data-testid="figures-csv" aria-describedby="csv-hint">
            {t("csv.all")}
          </a>
        </p>
        <p id="csv-hint" className="hint">
          {t("csv.hint")}
        </p>
      </section>
    </div>
  );
}
