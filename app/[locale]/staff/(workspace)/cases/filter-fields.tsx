// The inbox's further filters (issue 5: every dashboard figure drills down to the inbox)
// and the list of the filters in force. Server components: the form is a plain GET form.
// - <DrillFilterFields>: received from/to, service unit, category, language, anonymous,
//   answered, timeliness and term, why no answer is owed; the drill-down-only fields
//   (answered from/to, rating) are carried as hidden inputs so that submitting the form
//   never drops a filter the dashboard set. Kind, channel and language turn into
//   multiple-choice lists when the address names several (a drill-down may).
// - <ActiveFilters>: every filter in force, in words, each with a link that removes it,
//   so that a list reached from a figure says what it is a list of.
import "@/lib/ui/staff/active-filters.css";
import { CLOCK_TYPES, type Locale } from "@/lib/domain/kinds";
import type { FieldError } from "@/lib/errors";
import { NOT_OWED_REASONS, TIMELINESS } from "@/lib/cases/list-cases";
import { Link } from "@/lib/i18n/navigation";
import { message } from "@/lib/i18n/lookup";
import { LANGUAGE_CODES } from "@/lib/ui/dashboard/labels";
import { FILTER_FIELD, activeFilters, inboxHref, withoutFilter, type InboxQuery, type TriState } from "./inbox-query";

export interface FilterReference {
  departments: { code: string; name: string }[];
  serviceUnits: { code: string; name: string }[];
  categories: { code: string; name: string }[];
}

const m = (locale: Locale, key: string, params?: Record<string, string | number>) => message(locale, key, params);

function errorHelpers(locale: Locale, errors: FieldError[]) {
  const errorOf = (field: string) => errors.find((e) => (FILTER_FIELD[e.field] ?? e.field) === field);
  const fieldClass = (field: string) => (errorOf(field) ? "field field--error" : "field");
  const describedBy = (field: string) => (errorOf(field) ? `f-${field}-error` : undefined);
  const fieldError = (field: string) => {
    const e = errorOf(field);
    return e ? (
      <p id={`f-${field}-error`} className="error-message">
        <span className="visually-hidden">{m(locale, "workspace.errorPrefix")} </span>
        {m(locale, `fieldErrors.${e.code}`, e.params)}
      </p>
    ) : null;
  };
  return { errorOf, fieldClass, describedBy, fieldError };
}

function TriSelect({ id, name, value, label, locale, yes, no, className, error }: { id: string; name: string; value: TriState; label: string; locale: Locale; yes: string; no: string; className: string; error: React.ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {error}
      <select id={id} name={name} className="input select" defaultValue={value}>
        <option value="">{m(locale, "workspace.inbox.any")}</option>
        <option value="1">{yes}</option>
        <option value="0">{no}</option>
      </select>
    </div>
  );
}

export function DrillFilterFields({ query, locale, reference, errors }: { query: InboxQuery; locale: Locale; reference: FilterReference; errors: FieldError[] }) {
  const { errorOf, fieldClass, describedBy, fieldError } = errorHelpers(locale, errors);
  const f = (key: string) => m(locale, `workspace.inbox.filters.${key}`);
  const select = (field: string, values: string[], options: { value: string; label: string }[]) => {
    const multiple = values.length > 1;
    return (
      <div className={fieldClass(field)}>
        <label htmlFor={`f-${field}`} className="label">
          {f(field)}
        </label>
        {fieldError(field)}
        <select
          id={`f-${field}`}
          name={field}
          className="input select"
          multiple={multiple || undefined}
          defaultValue={multiple ? values : (values[0] ?? "")}
          aria-invalid={errorOf(field) ? true : undefined}
          aria-describedby={describedBy(field)}
        >
          {!multiple && <option value="">{m(locale, "workspace.inbox.any")}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const date = (field: "from" | "to") => (
    <div className={fieldClass(field)}>
      <label htmlFor={`f-${field}`} className="label">
        {f(field)}
      </label>
      {fieldError(field)}
      <input id={`f-${field}`} name={field} type="date" className="input input--date" defaultValue={query[field]} aria-invalid={errorOf(field) ? true : undefined} aria-describedby={describedBy(field)} />
    </div>
  );
  return (
    <>
      {date("from")}
      {date("to")}
      {select("unit", query.unit ? [query.unit] : [], [{ value: "none", label: m(locale, "workspace.inbox.noUnit") }, ...reference.serviceUnits.map((u) => ({ value: u.code, label: u.name }))])}
      {select("category", query.category ? [query.category] : [], [{ value: "none", label: m(locale, "workspace.inbox.noCategory") }, ...reference.categories.map((c) => ({ value: c.code, label: c.name }))])}
      {select("lang", query.lang, LANGUAGE_CODES.map((l) => ({ value: l, label: m(locale, `dashboard.languages.${l}`) })))}
      <TriSelect id="f-anonymous" name="anonymous" value={query.anonymous} label={f("anonymous")} locale={locale} yes={m(locale, "workspace.inbox.yes")} no={m(locale, "workspace.inbox.no")} className={fieldClass("anonymous")} error={fieldError("anonymous")} />
      <TriSelect id="f-answered" name="answered" value={query.answered} label={f("answered")} locale={locale} yes={m(locale, "workspace.inbox.yes")} no={m(locale, "workspace.inbox.no")} className={fieldClass("answered")} error={fieldError("answered")} />
      {select("timeliness", query.timeliness ? [query.timeliness] : [], TIMELINESS.map((v) => ({ value: v, label: m(locale, `dashboard.timelinessValues.${v}`) })))}
      {select("clock", query.clock ? [query.clock] : [], CLOCK_TYPES.map((c) => ({ value: c, label: m(locale, `workspace.clocks.${c}`) })))}
      {select("notOwed", query.notOwed ? [query.notOwed] : [], NOT_OWED_REASONS.map((r) => ({ value: r, label: m(locale, `dashboard.notOwedReasons.${r}`) })))}
      {/* Set by drill-down links only; kept when the form is sent again. */}
      {query.answeredFrom && <input type="hidden" name="answeredFrom" value={query.answeredFrom} />}
      {query.answeredTo && <input type="hidden" name="answeredTo" value={query.answeredTo} />}
      {query.linkSent && <input type="hidden" name="linkSent" value={query.linkSent} />}
      {query.rated && <input type="hidden" name="rated" value={query.rated} />}
      {query.score && <input type="hidden" name="score" value={query.score} />}
    </>
  );
}

/** The text of one filter's value(s), e.g. "Complaint, Grievance". */
function valueText(key: keyof InboxQuery, query: InboxQuery, locale: Locale, reference: FilterReference): string {
  const name = (list: { code: string; name: string }[], code: string) => list.find((x) => x.code === code)?.name ?? code;
  const yesNo = (v: string) => m(locale, v === "1" ? "workspace.inbox.yes" : "workspace.inbox.no");
  const v = query[key];
  switch (key) {
    case "status":
      return query.status.map((s) => m(locale, `workspace.statuses.${s}`)).join(", ");
    case "kind":
      return query.kind.map((k) => m(locale, `kinds.${k}.name`)).join(", ");
    case "channel":
      return query.channel.map((c) => m(locale, `channels.${c}`)).join(", ");
    case "lang":
      return query.lang.map((l) => m(locale, `dashboard.languages.${l}`)).join(", ");
    case "department":
      return query.department === "none" ? m(locale, "workspace.inbox.unrouted") : name(reference.departments, query.department);
    case "unit":
      return query.unit === "none" ? m(locale, "workspace.inbox.noUnit") : name(reference.serviceUnits, query.unit);
    case "category":
      return query.category === "none" ? m(locale, "workspace.inbox.noCategory") : name(reference.categories, query.category);
    case "assignee":
      return query.assignee === "mine" ? m(locale, "workspace.inbox.mine") : query.assignee === "unassigned" ? m(locale, "workspace.inbox.nobody") : query.assignee;
    case "overdue":
    case "anonymous":
    case "answered":
    case "linkSent":
    case "rated":
      return yesNo(String(v));
    case "timeliness":
      return m(locale, `dashboard.timelinessValues.${query.timeliness}`);
    case "clock":
      return m(locale, `workspace.clocks.${query.clock}`);
    case "notOwed":
      return m(locale, `dashboard.notOwedReasons.${query.notOwed}`);
    default:
      return String(v);
  }
}

export function ActiveFilters({ query, locale, reference }: { query: InboxQuery; locale: Locale; reference: FilterReference }) {
  const keys = activeFilters(query);
  if (keys.length === 0) return null;
  return (
    <section className="active-filters" aria-labelledby="active-filters-title" data-testid="active-filters">
      <h2 id="active-filters-title" className="active-filters-title">
        {m(locale, "workspace.inbox.activeTitle")}
      </h2>
      <ul>
        {keys.map((key) => {
          const label = m(locale, `workspace.inbox.filters.${key}`);
          return (
            <li key={key} data-filter={key}>
              <span className="active-filter-text">
                {label}: <strong>{valueText(key, query, locale, reference)}</strong>
              </span>{" "}
              <Link href={inboxHref(withoutFilter(query, key))} className="active-filter-remove" aria-label={m(locale, "workspace.inbox.removeFilter", { filter: label })}>
                {m(locale, "workspace.inbox.remove")}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
