// /[locale]/figures: the public figures (issue 5; the charter's transparency) — for the
// current and the previous year: submissions received and answered on time, by kind and
// by month, average satisfaction, and the improvement actions taken. No sign-in. Only
// counts and the actions' titles, statuses and dates (lib/figures/public-figures.ts says
// why nothing else can reach this page). Plain tables with captions and header cells: the
// figures are their own text alternative, and they reflow at 200% zoom.
import "./figures.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/domain/kinds";
import { Link } from "@/lib/i18n/navigation";
import { calendarDate } from "@/lib/i18n/dates";
import { message } from "@/lib/i18n/lookup";
import { loadPublicFigures, publicYears } from "@/lib/figures/public-figures";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "figures" });
  return { title: t("title"), description: t("lead") };
}

export const dynamic = "force-dynamic";

export default async function FiguresPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("figures");
  const ti = await getTranslations("improvements");
  const format = await getFormatter();
  const years = publicYears(new Date());
  const asked = Number([(await searchParams).year].flat()[0]);
  const year = years.includes(asked) ? asked : years[0]!;
  const f = await loadPublicFigures(year);

  const n = (v: number) => format.number(v);
  const pct = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  const day = (iso: string | null) => (iso ? format.dateTime(calendarDate(iso), { dateStyle: "medium" }) : "—");
  const table = (id: string, caption: string, head: string[], rows: { key: string; cells: string[] }[]) => (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table figures-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={h} scope="col" className={i > 0 ? "num" : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.cells[0]}</th>
              {r.cells.slice(1).map((c, i) => (
                <td key={i} className="num">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const countHead = [t("received"), t("answered"), t("onTime"), t("late"), t("onTimeRate")];
  const countCells = (c: { received: number; answered: number; onTime: number; late: number; onTimeRate: number | null }) => [
    n(c.received),
    n(c.answered),
    n(c.onTime),
    n(c.late),
    pct(c.onTimeRate),
  ];

  return (
    <div className="container page figures-page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <nav aria-label={t("yearsLabel")} className="year-nav">
        <ul className="link-list">
          {years.map((y) => (
            <li key={y}>
              <Link href={`/figures?year=${y}`} aria-current={y === year ? "page" : undefined}>
                {y === years[0] ? t("yearCurrent", { year: y }) : t("yearPast", { year: y })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t("summaryHeading", { year })}</h2>
        <p>{t("range", { from: day(f.from), to: day(f.to) })}</p>
        <dl className="facts figures-summary" data-testid="figures-summary">
          <div>
            <dt>{t("received")}</dt>
            <dd data-figure="received">{n(f.received)}</dd>
          </div>
          <div>
            <dt>{t("answered")}</dt>
            <dd data-figure="answered">{n(f.answered)}</dd>
          </div>
          <div>
            <dt>{t("onTime")}</dt>
            <dd data-figure="onTime">
              {n(f.onTime)} ({pct(f.onTimeRate)})
            </dd>
          </div>
          <div>
            <dt>{t("satisfaction")}</dt>
            <dd data-figure="satisfaction">
              {f.satisfaction.average === null
                ? t("noRatings")
                : t("satisfactionValue", { average: format.number(f.satisfaction.average, { maximumFractionDigits: 1 }), rated: f.satisfaction.rated })}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="kind-heading">
        <h2 id="kind-heading">{t("byKindHeading")}</h2>
        {f.byKind.length === 0 ? (
          <p>{t("nothing")}</p>
        ) : (
          table(
            "by-kind",
            t("byKindCaption", { year }),
            [t("kind"), ...countHead],
            f.byKind.map((r) => ({ key: r.kind, cells: [message(locale, `kinds.${r.kind}.name`), ...countCells(r)] })),
          )
        )}
      </section>

      <section aria-labelledby="month-heading">
        <h2 id="month-heading">{t("byMonthHeading")}</h2>
        {table(
          "by-month",
          t("byMonthCaption", { year }),
          [t("month"), ...countHead],
          f.byMonth.map((r) => ({ key: r.month, cells: [format.dateTime(calendarDate(r.month), { month: "long" }), ...countCells(r)] })),
        )}
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t("actionsHeading")}</h2>
        <p>{t("actionsLead")}</p>
        {f.actions.length === 0 ? (
          <p>{t("noActions")}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="actions-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="actions-caption">{t("actionsCaption", { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{ti("fields.title")}</th>
                  <th scope="col">{ti("fields.status")}</th>
                  <th scope="col">{ti("started")}</th>
                  <th scope="col">{ti("fields.dueDate")}</th>
                  <th scope="col">{ti("completed")}</th>
                </tr>
              </thead>
              <tbody>
                {f.actions.map((a, i) => (
                  <tr key={i}>
                    <th scope="row">{a.title}</th>
                    <td>{ti(`statuses.${a.status}`)}</td>
                    <td>{day(a.startedOn)}</td>
                    <td>{day(a.dueDate)}</td>
                    <td>{day(a.completedOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="how-heading" className="prose">
        <h2 id="how-heading">{t("howHeading")}</h2>
        <ul>
          {(t.raw("how") as string[]).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
