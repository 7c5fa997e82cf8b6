// The inbox: every case the signed-in staff member may read (listCases applies the
// access rules), filtered by a GET form that works without JavaScript, searched over
// subject and text, sorted by the term that ends first, paged by cursor. A table on
// wide screens, a stacked list on phones (lib/ui/staff/staff.css), the same markup.
// With JavaScript it is live (./live-inbox.tsx): it follows the event stream from where
// this list was read, refreshes when cases change, and raises deadline notices.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CASE_STATUSES, CHANNELS, KINDS, isLocale, type Locale } from "@/lib/domain/kinds";
import { isAppError, type FieldError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { message } from "@/lib/i18n/lookup";
import { log } from "@/lib/log";
import { requireViewer } from "@/lib/auth/get-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { LIST_LIMITS, listCases, type CaseConnection, type CaseFilter } from "@/lib/cases/list-cases";
import { listAssignableUsers } from "@/lib/cases/list-assignable-users";
import { getReferenceData } from "@/lib/cases/reference-data";
import { me } from "@/lib/cases/me";
import type { StaffUserView } from "@/lib/cases/staff-types";
import { DueDate } from "@/lib/ui/staff/due-date";
import { liveInboxCursor } from "@/lib/ui/staff/live-cursor";
import { catalogs } from "@/lib/i18n/messages";
import { LiveCaptionNote, LiveInbox, LiveStatus, LiveTableBody } from "./live-inbox";
import { ActiveFilters, DrillFilterFields } from "./filter-fields";
import {
  FILTER_FIELD,
  OPEN_STATUSES,
  PAGE_SIZE,
  activeFilterCount,
  inboxHref,
  nextPage,
  pageNumber,
  parseInboxQuery,
  previousPage,
  toCaseFilter,
  type InboxQuery,
  type SearchParams,
} from "./inbox-query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.inbox" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

/** The at-a-glance counts: each a link to the inbox filtered that way. */
function quickViews(viewer: Viewer): { key: string; query: Partial<InboxQuery>; filter: CaseFilter }[] {
  const open = [...OPEN_STATUSES];
  const views: { key: string; query: Partial<InboxQuery>; filter: CaseFilter }[] = [
    { key: "overdue", query: { overdue: "1" }, filter: { overdue: true } },
    { key: "dueWeek", query: { due: "7" }, filter: { dueWithinDays: 7 } },
    { key: "unassigned", query: { assignee: "unassigned", status: open }, filter: { unassigned: true, status: open } },
  ];
  if (viewer.role === "OFFICER" || viewer.role === "HEAD" || viewer.role === "INTEGRITY") {
    views.push({ key: "mine", query: { assignee: "mine", status: open }, filter: { assigneeId: viewer.id, status: open } });
  }
  if (viewer.role === "HEAD" || viewer.role === "MANAGER") {
    views.push({ key: "unrouted", query: { department: "none", status: open }, filter: { unrouted: true, status: open } });
  }
  return views;
}

export default async function InboxPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  setRequestLocale(locale);
  const sp = await searchParams;
  const query = parseInboxQuery(sp);
  const viewer = await requireViewer(locale, `/${locale}${inboxHref(query)}`);
  const t = await getTranslations("workspace");
  const format = await getFormatter();

  let connection: CaseConnection | null = null;
  let fieldErrors: FieldError[] = [];
  let noInbox = false;
  // Before the list: whatever happens after this id may be missing from it, and the live
  // feed (which starts after it) brings it.
  const liveAfter = await liveInboxCursor();
  try {
    connection = await listCases({ viewer, filter: toCaseFilter(query, viewer.id), first: query.first, after: query.after });
  } catch (error) {
    if (isAppError(error) && error.code === "BAD_INPUT") fieldErrors = error.fieldErrors;
    else if (isAppError(error) && error.code === "FORBIDDEN") noInbox = true;
    else throw error;
  }

  if (noInbox) {
    return (
      <div className="container page">
        <h1>{t("inbox.title")}</h1>
        <p className="callout">{t("inbox.noInbox")}</p>
      </div>
    );
  }

  const views = quickViews(viewer);
  const [reference, profile, counts] = await Promise.all([
    getReferenceData(locale),
    me({ viewer }),
    Promise.all(views.map((v) => listCases({ viewer, filter: v.filter, first: 1 }).then((c) => c.totalCount))),
  ]);
  const people = await assignableFilterChoices(viewer, profile);
  const departmentName = new Map(reference.departments.map((d) => [d.code, d.name]));

  const errorOf = (field: string) => fieldErrors.find((e) => (FILTER_FIELD[e.field] ?? e.field) === field);
  // A number typed in a box is not "one of the options offered": say what is expected.
  const errorText = (e: FieldError) =>
    e.field === "dueWithinDays" && e.code === "INVALID_CHOICE"
      ? t("inbox.dueInvalid", { max: LIST_LIMITS.maxDueWithinDays })
      : message(locale, `fieldErrors.${e.code}`, e.params);
  const staleCursor = Boolean(errorOf("after"));
  const filterErrors = fieldErrors.filter((e) => (FILTER_FIELD[e.field] ?? e.field) !== "after");
  const active = activeFilterCount(query);

  const page = pageNumber(query);
  const total = connection?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / query.first));
  const items = connection?.items ?? [];
  const from = items.length > 0 ? (page - 1) * query.first + 1 : 0;
  const to = from + items.length - 1;
  const previous = previousPage(query);
  const next = connection?.hasNextPage && connection.endCursor ? nextPage(query, connection.endCursor) : null;

  const fieldClass = (field: string) => (errorOf(field) ? "field field--error" : "field");
  const describedBy = (field: string, hint?: boolean) =>
    [hint && `f-${field}-hint`, errorOf(field) && `f-${field}-error`].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: string) => {
    const e = errorOf(field);
    return e ? (
      <p id={`f-${field}-error`} className="error-message">
        <span className="visually-hidden">{t("errorPrefix")} </span>
        {errorText(e)}
      </p>
    ) : null;
  };

  return (
    <LiveInbox after={liveAfter} viewerKey={viewer.id} texts={catalogs[locale].live}>
      <div className="container page workspace">
        <h1>{t("inbox.title")}</h1>
        <LiveStatus />

        <section aria-labelledby="glance-heading" className="glance">
          <h2 id="glance-heading" className="visually-hidden">
            {t("inbox.glance.title")}
          </h2>
          <ul className="glance-list">
            {views.map((v, i) => (
              <li key={v.key}>
                <Link href={inboxHref(v.query)} className="glance-link">
                  <span className="glance-count">{format.number(counts[i] ?? 0)}</span> <span className="glance-label">{t(`inbox.glance.${v.key}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <form method="get" action={`/${locale}/staff/cases`} className="inbox-filters" role="search" aria-label={t("inbox.filtersLabel")}>
          {filterErrors.length > 0 && (
            <div className="error-summary" role="alert" aria-labelledby="filter-errors-title">
              <h2 id="filter-errors-title">{t("inbox.filterErrors")}</h2>
              <ul>
                {filterErrors.map((e) => {
                  const field = FILTER_FIELD[e.field] ?? e.field;
                  return (
                    <li key={e.field}>
                      <a href={`#f-${field}`}>
                        {t(`inbox.filters.${field}`)}: {errorText(e)}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          <div className={`${fieldClass("q")} search-field`}>
            <label htmlFor="f-q" className="label">
              {t("inbox.filters.q")}
            </label>
            <p id="f-q-hint" className="hint">
              {t("inbox.searchHint")}
            </p>
            {fieldError("q")}
            <div className="search-row">
              <input
                id="f-q"
                name="q"
                type="search"
                className="input"
                defaultValue={query.q}
                maxLength={200}
                aria-invalid={errorOf("q") ? true : undefined}
                aria-describedby={describedBy("q", true)}
              />
              <button type="submit" className="button">
                {t("inbox.apply")}
              </button>
            </div>
          </div>

          <details className="filters" open={active > 0 || filterErrors.length > 0 || undefined}>
            <summary>
              {t("inbox.moreFilters")}
              {active > 0 && <> ({t("inbox.activeFilters", { count: active })})</>}
            </summary>
            <div className="filter-grid">
              <fieldset className={`${fieldClass("status")} fieldset`} aria-describedby={describedBy("status")}>
                <legend className="label">{t("inbox.filters.status")}</legend>
                {fieldError("status")}
                <div className="checkbox-list">
                  {CASE_STATUSES.map((s) => (
                    <div className="checkbox" key={s}>
                      <input type="checkbox" id={`f-status-${s}`} name="status" value={s} defaultChecked={query.status.includes(s)} />
                      <label htmlFor={`f-status-${s}`}>{t(`statuses.${s}`)}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <div className="filter-selects">
                <div className={fieldClass("kind")}>
                  <label htmlFor="f-kind" className="label">
                    {t("inbox.filters.kind")}
                  </label>
                  {fieldError("kind")}
                  <select
                    id="f-kind"
                    name="kind"
                    className="input select"
                    multiple={query.kind.length > 1 || undefined}
                    defaultValue={query.kind.length > 1 ? query.kind : (query.kind[0] ?? "")}
                    aria-invalid={errorOf("kind") ? true : undefined}
                    aria-describedby={describedBy("kind")}
                  >
                    {query.kind.length <= 1 && <option value="">{t("inbox.any")}</option>}
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {message(locale, `kinds.${k}.name`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className={fieldClass("channel")}>
                  <label htmlFor="f-channel" className="label">
                    {t("inbox.filters.channel")}
                  </label>
                  {fieldError("channel")}
                  <select
                    id="f-channel"
                    name="channel"
                    className="input select"
                    multiple={query.channel.length > 1 || undefined}
                    defaultValue={query.channel.length > 1 ? query.channel : (query.channel[0] ?? "")}
                    aria-invalid={errorOf("channel") ? true : undefined}
                    aria-describedby={describedBy("channel")}
                  >
                    {query.channel.length <= 1 && <option value="">{t("inbox.any")}</option>}
                    {CHANNELS.map((c) => (
                      <option key={c} value={c}>
                        {message(locale, `channels.${c}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className={fieldClass("department")}>
                  <label htmlFor="f-department" className="label">
                    {t("inbox.filters.department")}
                  </label>
                  {fieldError("department")}
                  <select id="f-department" name="department" className="input select" defaultValue={query.department} aria-invalid={errorOf("department") ? true : undefined} aria-describedby={describedBy("department")}>
                    <option value="">{t("inbox.any")}</option>
                    <option value="none">{t("inbox.unrouted")}</option>
                    {reference.departments.map((d) => (
                      <option key={d.code} value={d.code}>
                        {d.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className={fieldClass("assignee")}>
                  <label htmlFor="f-assignee" className="label">
                    {t("inbox.filters.assignee")}
                  </label>
                  {fieldError("assignee")}
                  <select id="f-assignee" name="assignee" className="input select" defaultValue={query.assignee} aria-invalid={errorOf("assignee") ? true : undefined} aria-describedby={describedBy("assignee")}>
                    <option value="">{t("inbox.any")}</option>
                    <option value="mine">{t("inbox.mine")}</option>
                    <option value="unassigned">{t("inbox.nobody")}</option>
                    {people
                      .filter((p) => p.id !== viewer.id)
                      .map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                  </select>
                </div>
                <div className={fieldClass("due")}>
                  <label htmlFor="f-due" className="label">
                    {t("inbox.filters.due")}
                  </label>
                  <p id="f-due-hint" className="hint">
                    {t("inbox.dueHint")}
                  </p>
                  {fieldError("due")}
                  <input
                    id="f-due"
                    name="due"
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={LIST_LIMITS.maxDueWithinDays}
                    className="input input--number"
                    defaultValue={query.due}
                    aria-invalid={errorOf("due") ? true : undefined}
                    aria-describedby={describedBy("due", true)}
                  />
                </div>
                <DrillFilterFields query={query} locale={locale} reference={reference} errors={filterErrors} />
                {/* "Not overdue" (overdue=0) comes from the dashboard's "due within 7 days": kept as it is. */}
                {query.overdue === "0" ? (
                  <input type="hidden" name="overdue" value="0" />
                ) : (
                  <div className="field checkbox">
                    <input type="checkbox" id="f-overdue" name="overdue" value="1" defaultChecked={query.overdue === "1"} />
                    <label htmlFor="f-overdue">{t("inbox.filters.overdue")}</label>
                  </div>
                )}
              </div>
            </div>
            {query.first !== PAGE_SIZE && <input type="hidden" name="first" value={query.first} />}
            <div className="filter-actions">
              <button type="submit" className="button">
                {t("inbox.apply")}
              </button>
              <Link href="/staff/cases" className="button button--secondary">
                {t("inbox.clear")}
              </Link>
            </div>
          </details>
        </form>

        <ActiveFilters query={query} locale={locale} reference={reference} />

        {staleCursor && (
          <p className="callout callout--warning">
            {t("inbox.staleCursor")}{" "}
            <Link href={inboxHref({ ...query, after: null, back: [] })}>{t("inbox.firstPage")}</Link>
          </p>
        )}

        {connection && (
          <>
            <p className="inbox-count" id="inbox-count">
              {t("inbox.count", { count: total })}
              {items.length > 0 && <> {t("inbox.showing", { from, to, total })}</>}
            </p>
            {total > 0 && <p className="inbox-export"><a href={`/api/cases/export?locale=${locale}&${inboxHref({ ...query, first: PAGE_SIZE, after: null, back: [] }).split("?")[1] ?? ""}`} download aria-describedby="inbox-export-hint">{message(locale, "exports.caseList.download")}</a> <span id="inbox-export-hint" className="hint">{message(locale, "exports.caseList.downloadHint", { count: total })}</span></p>}
            {items.length > 0 && (
              <div>
                <table className="stack-table case-table" aria-describedby="inbox-count">
                  <caption>
                    {t("inbox.caption")}
                    <LiveCaptionNote caseIds={items.map(({ node }) => node.id)} />
                    {pages > 1 && <span className="caption-page"> — {t("inbox.page", { page, pages })}</span>}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("inbox.columns.reference")}</th>
                      <th scope="col">{t("inbox.columns.subject")}</th>
                      <th scope="col">{t("inbox.columns.kind")}</th>
                      <th scope="col">{t("inbox.columns.status")}</th>
                      <th scope="col">{t("inbox.columns.department")}</th>
                      <th scope="col">{t("inbox.columns.assignee")}</th>
                      <th scope="col">{t("inbox.columns.received")}</th>
                      <th scope="col">{t("inbox.columns.due")}</th>
                    </tr>
                  </thead>
                  <LiveTableBody
                    rows={items.map(({ node: c }) => ({
                      id: c.id,
                      className: c.overdue ? "is-overdue" : undefined,
                      header: (
                        <Link href={`/staff/cases/${c.id}`} className="case-link">
                          {c.reference}
                        </Link>
                      ),
                      cells: (
                        <>
                          <td>
                            <span className="cell-label" aria-hidden="true">
                              {t("inbox.columns.subject")}
                            </span>
                            <span className="cell-value subject-cell">{c.subject}</span>
                          </td>
                          <td>
                            <span className="cell-label" aria-hidden="true">
                              {t("inbox.columns.kind")}
                            </span>
                            <span className="cell-value">{message(locale, `kinds.${c.kind}.name`)}</span>
                          </td>
                          <td>
                            <span className="cell-label" aria-hidden="true">
                              {t("inbox.columns.status")}
                            </span>
                            <span className="cell-value">
                              <span className={`status status--${c.status.toLowerCase()}`}>{t(`statuses.${c.status}`)}</span>
                            </span>
                          </td>
                          <td>
                            <span className="cell-label" aria-hidden="true">
                              {t("inbox.columns.department")}
                            </span>
                            <span className="cell-value">
                              {c.departmentCode ? (departmentName.get(c.departmentCode) ?? c.departmentCode) : <span className="muted">{t("inbox.notRouted")}</span>}
                            </span>
                          </td>
                          <td>
                            <span className="cell-label" aria-hidden="true">
                              {t("inbox.columns.assignee")}
                            </span>
                            <span className="cell-value">{c.assignee ? c.assignee.name : <span className="muted">{t("inbox.unassignedCell")}</span>}</span>
                          </td>
                          <td>
                            <span className="cell-label" aria-hidden="true">
                              {t("inbox.columns.received")}
                            </span>
                            <span className="cell-value">
                              {format.dateTime(c.receivedAt, "short")}
                              <span className="block muted">{message(locale, `channels.${c.channel}`)}</span>
                            </span>
                          </td>
                          <td>
                            <span className="cell-label" aria-hidden="true">
                              {t("inbox.columns.due")}
                            </span>
                            <span className="cell-value">
                              <DueDate dueDate={c.nextDueDate} overdue={c.overdue} />
                            </span>
                          </td>
                        </>
                      ),
                    }))}
                  />
                </table>
              </div>
            )}
            {(previous || next) && (
              <nav className="pager" aria-label={t("inbox.pages")}>
                <ul>
                  <li>
                    {previous && (
                      <Link href={inboxHref(previous)} rel="prev">
                        <span aria-hidden="true">← </span>
                        {t("inbox.previous")}
                      </Link>
                    )}
                  </li>
                  <li className="pager-position">{t("inbox.page", { page, pages })}</li>
                  <li>
                    {next && (
                      <Link href={inboxHref(next)} rel="next">
                        {t("inbox.next")}
                        <span aria-hidden="true"> →</span>
                      </Link>
                    )}
                  </li>
                </ul>
              </nav>
            )}
          </>
        )}
      </div>
    </LiveInbox>
  );
}

/** The people a head may filter by (their department's officers); nobody for other roles. */
async function assignableFilterChoices(viewer: Viewer, profile: StaffUserView | null): Promise<StaffUserView[]> {
  if (!profile?.departmentCode || (viewer.role !== "HEAD" && viewer.role !== "INTEGRITY")) return [];
  try {
    return await listAssignableUsers({ viewer, departmentCode: profile.departmentCode });
  } catch (error) {
    log.warn({ err: error }, "inbox: assignable users not listed");
    return [];
  }
}
