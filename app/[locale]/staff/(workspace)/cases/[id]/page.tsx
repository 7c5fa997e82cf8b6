// One case on one screen: what was sent and by whom (as far as this viewer may know),
// its terms, the answer in the making, files, internal notes, linked cases and the
// timeline of every action — and, beside it, the actions this viewer may take now, each
// a small form posting to the server action in ./actions.ts (works without JavaScript).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { KINDS, RESTRICTED_KINDS, isLocale, type Locale } from "@/lib/domain/kinds";
import { isAppError } from "@/lib/errors";
import { localeNames } from "@/lib/i18n/config";
import { calendarDate, todayInSofia } from "@/lib/i18n/dates";
import { hasMessage, message } from "@/lib/i18n/lookup";
import { Link } from "@/lib/i18n/navigation";
import { log } from "@/lib/log";
import { requireViewer } from "@/lib/auth/get-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES } from "@/lib/cases/attachment-limits";
import { DECIDABLE_REASONS } from "@/lib/cases/decide-no-answer";
import { getCase } from "@/lib/cases/get-case";
import { listAnswerTemplates, type AnswerTemplateChoice } from "@/lib/cases/list-answer-templates";
import { listAssignableUsers } from "@/lib/cases/list-assignable-users";
import { me } from "@/lib/cases/me";
import { getReferenceData, pick, referenceIndex } from "@/lib/cases/reference-data";
import { STAFF_LIMITS } from "@/lib/cases/staff-input";
import { staffNames } from "@/lib/cases/staff-names";
import type { CaseDetail, DraftView, StaffTimelineEntry, StaffUserView, TimelineChange } from "@/lib/cases/staff-types";
import { DueDate } from "@/lib/ui/staff/due-date";
import { ActionForm, type ActionFormTexts } from "./action-form";
import { availableVerbs } from "./case-verbs";
import type { FieldSpec } from "./state";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workspace.case" });
  // The subject stays out of the title: titles end up in browser history and tab lists.
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

/** Fields of audit records the timeline shows (ids of notes, files and drafts say nothing to a reader). */
const SHOWN_CHANGES = [
  "status",
  "kind",
  "departmentId",
  "categoryId",
  "assigneeId",
  "answerOwed",
  "noAnswerReason",
  "draftStatus",
  "question",
  "respondBy",
  "forwardedTo",
  "forwardedAt",
  "mergedIntoId",
  "mergedFrom",
  "newFacts",
  "templateCode",
  "emailed",
  "reason",
] as const;

export default async function CasePage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/cases/${id}`);

  let c: CaseDetail;
  try {
    c = await getCase({ viewer, caseId: id });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }

  const t = await getTranslations("workspace");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const verbs = availableVerbs(c);
  const [reference, index, people, templates, names] = await Promise.all([
    getReferenceData(locale),
    referenceIndex(),
    verbs.has("assign") ? assignableFor(viewer, c) : Promise.resolve([]),
    verbs.has("draft") ? templatesFor(viewer, c) : Promise.resolve([]),
    staffNames({ viewer, ids: c.timeline.flatMap((e) => e.changes.filter((ch) => ch.field === "assigneeId").flatMap((ch) => [ch.before ?? "", ch.after ?? ""])) }),
  ]);

  const rawNotice = [(await searchParams).notice].flat()[0];
  const notice = rawNotice && /^[a-zA-Z]+$/.test(rawNotice) && hasMessage(locale, `workspace.notices.${rawNotice}`) ? rawNotice : null;

  const texts: ActionFormTexts = { errorPrefix: t("errorPrefix"), formErrorTitle: t("case.formErrorTitle"), optional: tc("optional") };
  const form = { caseId: c.id, locale, texts };
  const kindName = (k: string) => message(locale, `kinds.${k}.name`);
  const when = (d: Date) => format.dateTime(d, "withTime");
  const day = (iso: string) => format.dateTime(calendarDate(iso), "long");
  const restricted = RESTRICTED_KINDS.has(c.kind);
  const current = c.drafts.findLast((d) => d.status !== "SENT") ?? null;
  const sentDrafts = c.drafts.filter((d) => d.status === "SENT").reverse();
  const letterAvailable = sentDrafts.length > 0 && c.answeredAt !== null;
  const departmentOptions = reference.departments.map((d) => ({ value: d.code, label: d.name }));

  const fact = (label: string, value: ReactNode, testId?: string) => (
    <div data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const muted = (s: string) => <span className="muted">{s}</span>;

  // ---- timeline values in words
  const changeValue = (field: string, value: string | null): string => {
    if (value === null || value === "") return "—";
    switch (field) {
      case "status":
        return hasMessage(locale, `workspace.statuses.${value}`) ? t(`statuses.${value}`) : value;
      case "kind":
        return hasMessage(locale, `kinds.${value}.name`) ? kindName(value) : value;
      case "departmentId": {
        const d = index.departments.get(value);
        return d ? pick(d.name, locale) : "—";
      }
      case "categoryId": {
        const x = index.categories.get(value);
        return x ? pick(x.name, locale) : "—";
      }
      case "assigneeId":
        return names.get(value) ?? t("case.someone");
      case "answerOwed":
      case "newFacts":
      case "emailed":
        return value === "true" ? t("case.yes") : t("case.no");
      case "noAnswerReason":
        return hasMessage(locale, `workspace.noAnswerShort.${value}`) ? t(`noAnswerShort.${value}`) : value;
      case "draftStatus":
        return hasMessage(locale, `workspace.draftStatus.${value}`) ? t(`draftStatus.${value}`) : value;
      case "respondBy":
        return /^\d{4}-\d{2}-\d{2}$/.test(value) ? day(value) : value;
      case "forwardedAt": {
        const d = new Date(value.replace(/^"|"$/g, ""));
        return Number.isNaN(d.getTime()) ? value : format.dateTime(d, "long");
      }
      case "mergedIntoId":
      case "mergedFrom": {
        const linked = [c.mergedInto, ...c.mergedCases].find((x) => x?.id === value);
        return linked?.reference ?? t("case.anotherCase");
      }
      default:
        return value;
    }
  };
  const changeLine = (ch: TimelineChange): ReactNode => {
    const label = t(`changes.${ch.field}`);
    if (ch.before === null || ch.before === "") return `${label}: ${changeValue(ch.field, ch.after)}`;
    return (
      <>
        {label}: {changeValue(ch.field, ch.before)} <span aria-hidden="true">→</span>
        <span className="visually-hidden"> {t("case.changedTo")} </span> {changeValue(ch.field, ch.after)}
      </>
    );
  };
  const timelineWhat = (e: StaffTimelineEntry) =>
    hasMessage(locale, `workspace.timeline.${e.action}`) ? t(`timeline.${e.action}`) : e.action;

  const draftBlock = (d: DraftView, headingLevel: "h3" | "h4") => {
    const H = headingLevel;
    return (
      <article className={`draft draft--${d.status.toLowerCase()}`} aria-label={t("case.draftBy", { name: d.author.name })}>
        <p className="draft-meta">
          <span className={`status status--draft-${d.status.toLowerCase()}`}>{t(`draftStatus.${d.status}`)}</span>{" "}
          {t("case.draftMeta", { name: d.author.name, date: when(d.updatedAt) })}
          {d.approvedBy && d.approvedAt && <> {t("case.approvedMeta", { name: d.approvedBy.name, date: when(d.approvedAt) })}</>}
          {d.sentAt && <> {t("case.sentMeta", { date: when(d.sentAt) })}</>}
        </p>
        <H>{message(locale, "fields.findings")}</H>
        <p className="pre">{d.findings}</p>
        <H>{message(locale, "fields.decision")}</H>
        <p className="pre">{d.decision}</p>
        <H>{message(locale, "fields.reasons")}</H>
        <p className="pre">{d.reasons}</p>
      </article>
    );
  };

  // ---- the forms
  const triageFields: FieldSpec[] = [
    { name: "kind", label: message(locale, "fields.kind"), type: "select", required: true, defaultValue: c.kind, options: KINDS.map((k) => ({ value: k, label: kindName(k) })) },
    {
      name: "categoryCode",
      label: message(locale, "fields.categoryCode"),
      type: "select",
      hint: t("forms.triage.categoryHint"),
      defaultValue: c.category?.code ?? "",
      options: [{ value: "", label: t("forms.noCategory") }],
      groups: reference.departments
        .map((d) => ({ label: d.name, options: reference.categories.filter((x) => x.departmentCode === d.code).map((x) => ({ value: x.code, label: x.name })) }))
        .filter((g) => g.options.length > 0),
    },
    {
      name: "departmentCode",
      label: message(locale, "fields.departmentCode"),
      type: "select",
      defaultValue: c.departmentCode ?? "",
      options: [{ value: "", label: t("forms.notRouted") }, ...departmentOptions],
    },
    { name: "reason", label: t("forms.triage.reason"), type: "text", hint: t("forms.triage.reasonHint"), maxLength: STAFF_LIMITS.reason.max },
    { name: "wasCategoryCode", label: "", type: "hidden", defaultValue: c.category?.code ?? "" },
    { name: "wasDepartmentCode", label: "", type: "hidden", defaultValue: c.departmentCode ?? "" },
  ];

  const actionsAside: ReactNode[] = [];
  if (verbs.has("assign")) {
    actionsAside.push(
      <ActionForm
        key="assign"
        verb="assign"
        {...form}
        title={t("forms.assign.title")}
        submitLabel={t("forms.assign.submit")}
        fields={[
          {
            name: "assigneeId",
            label: message(locale, "fields.assigneeId"),
            type: "select",
            required: true,
            defaultValue: c.assigneeId ?? "",
            hint: people.length === 0 ? t("forms.assign.nobody") : undefined,
            options: [
              { value: "", label: t("forms.choose") },
              ...people.map((p) => ({ value: p.id, label: `${p.name} (${message(locale, `staff.roles.${p.role}`)})` })),
            ],
          },
        ]}
      />,
    );
  }
  if (verbs.has("triage")) {
    actionsAside.push(
      <ActionForm key="triage" verb="triage" {...form} collapsible title={t("forms.triage.title")} intro={t("forms.triage.intro")} submitLabel={t("forms.triage.submit")} fields={triageFields} />,
    );
  }
  if (verbs.has("transfer")) {
    actionsAside.push(
      <ActionForm
        key="transfer"
        verb="transfer"
        {...form}
        collapsible
        title={t("forms.transfer.title")}
        intro={t("forms.transfer.intro")}
        submitLabel={t("forms.transfer.submit")}
        fields={[
          {
            name: "departmentCode",
            label: message(locale, "fields.departmentCode"),
            type: "select",
            required: true,
            options: [{ value: "", label: t("forms.choose") }, ...departmentOptions.filter((d) => d.value !== c.departmentCode)],
          },
          { name: "reason", label: message(locale, "fields.reason"), type: "text", maxLength: STAFF_LIMITS.reason.max },
        ]}
      />,
    );
  }
  if (verbs.has("requestInformation")) {
    actionsAside.push(
      <ActionForm
        key="requestInformation"
        verb="requestInformation"
        {...form}
        collapsible
        title={t("forms.requestInformation.title")}
        intro={t("forms.requestInformation.intro")}
        submitLabel={t("forms.requestInformation.submit")}
        fields={[
          { name: "question", label: message(locale, "fields.question"), type: "textarea", size: "short", required: true, maxLength: STAFF_LIMITS.question.max, hint: t("forms.requestInformation.questionHint") },
          { name: "respondBy", label: message(locale, "fields.respondBy"), type: "date", min: todayInSofia(new Date(Date.now() + 86_400_000)) },
        ]}
      />,
    );
  }
  if (verbs.has("informationReceived")) {
    actionsAside.push(
      <ActionForm
        key="informationReceived"
        verb="informationReceived"
        {...form}
        title={t("forms.informationReceived.title")}
        intro={t("forms.informationReceived.intro")}
        submitLabel={t("forms.informationReceived.submit")}
        fields={[{ name: "summary", label: message(locale, "fields.summary"), type: "textarea", size: "short", maxLength: STAFF_LIMITS.note.max }]}
      />,
    );
  }
  if (verbs.has("forward")) {
    const today = todayInSofia();
    actionsAside.push(
      <ActionForm
        key="forward"
        verb="forward"
        {...form}
        collapsible
        title={t("forms.forward.title")}
        intro={t("forms.forward.intro")}
        submitLabel={t("forms.forward.submit")}
        fields={[
          { name: "forwardedTo", label: message(locale, "fields.forwardedTo"), type: "text", required: true, maxLength: STAFF_LIMITS.forwardedTo.max, hint: t("forms.forward.bodyHint") },
          { name: "forwardedOn", label: message(locale, "fields.forwardedOn"), type: "date", required: true, defaultValue: today, max: today },
        ]}
      />,
    );
  }
  if (verbs.has("merge")) {
    actionsAside.push(
      <ActionForm
        key="merge"
        verb="merge"
        {...form}
        collapsible
        title={t("forms.merge.title")}
        intro={t("forms.merge.intro")}
        submitLabel={t("forms.merge.submit")}
        fields={[
          { name: "intoReference", label: message(locale, "fields.intoReference"), type: "text", required: true, maxLength: 40, hint: t("forms.merge.referenceHint") },
          { name: "newFacts", label: t("forms.merge.newFacts"), type: "checkbox", hint: t("forms.merge.newFactsHint") },
        ]}
      />,
    );
  }
  if (verbs.has("decideNoAnswer")) {
    actionsAside.push(
      <ActionForm
        key="decideNoAnswer"
        verb="decideNoAnswer"
        {...form}
        collapsible
        secondary
        title={t("forms.decideNoAnswer.title")}
        intro={t("forms.decideNoAnswer.intro")}
        submitLabel={t("forms.decideNoAnswer.submit")}
        fields={[
          {
            name: "reason",
            label: t("forms.decideNoAnswer.reason"),
            type: "select",
            required: true,
            options: [{ value: "", label: t("forms.choose") }, ...DECIDABLE_REASONS.map((r) => ({ value: r, label: t(`noAnswerShort.${r}`) }))],
          },
        ]}
      />,
    );
  }
  if (verbs.has("close")) {
    actionsAside.push(<ActionForm key="close" verb="close" {...form} secondary title={t("forms.close.title")} intro={t("forms.close.intro")} submitLabel={t("forms.close.submit")} />);
  }
  if (verbs.has("reopen")) {
    actionsAside.push(
      <ActionForm
        key="reopen"
        verb="reopen"
        {...form}
        collapsible
        title={t("forms.reopen.title")}
        intro={t("forms.reopen.intro")}
        submitLabel={t("forms.reopen.submit")}
        fields={[{ name: "reason", label: message(locale, "fields.reason"), type: "text", required: true, maxLength: STAFF_LIMITS.reason.max }]}
      />,
    );
  }

  const draftForm = verbs.has("draft") ? (
    <ActionForm
      verb="draft"
      {...form}
      collapsible={current !== null}
      title={current ? t("forms.draft.editTitle") : t("forms.draft.title")}
      intro={current?.status === "APPROVED" ? t("forms.draft.approvedIntro") : t("forms.draft.intro")}
      submitLabel={t("forms.draft.submit")}
      fields={[
        ...(templates.length > 0
          ? [
              {
                name: "templateCode",
                label: message(locale, "fields.templateCode"),
                type: "select" as const,
                hint: t("forms.draft.templateHint"),
                options: [{ value: "", label: t("forms.noTemplate") }, ...templates.map((x) => ({ value: x.code, label: x.title }))],
              },
            ]
          : []),
        { name: "findings", label: message(locale, "fields.findings"), type: "textarea", required: true, defaultValue: current?.findings, maxLength: STAFF_LIMITS.findings.max, hint: t("forms.draft.findingsHint") },
        { name: "decision", label: message(locale, "fields.decision"), type: "textarea", size: "short", required: true, defaultValue: current?.decision, maxLength: STAFF_LIMITS.decision.max, hint: t("forms.draft.decisionHint") },
        { name: "reasons", label: message(locale, "fields.reasons"), type: "textarea", required: true, defaultValue: current?.reasons, maxLength: STAFF_LIMITS.reasons.max, hint: t("forms.draft.reasonsHint") },
      ]}
    />
  ) : null;

  const hasAsideActions = actionsAside.length > 0;
  const workVerbs = ["draft", "approve", "send", "note", "attach"] as const;
  const canWorkHere = workVerbs.some((v) => verbs.has(v));

  return (
    <div className="container page workspace case-page">
      <p className="back-link">
        <Link href="/staff/cases">
          <span aria-hidden="true">← </span>
          {t("case.back")}
        </Link>
      </p>
      {notice && (
        <p className="callout callout--success notice" role="status" data-testid="notice">
          <span aria-hidden="true">✓ </span>
          {t(`notices.${notice}`)}
        </p>
      )}

      <header className="case-header">
        <p className="case-reference" data-testid="case-reference">
          {c.reference}
        </p>
        <h1 className="case-subject">{c.subject}</h1>
        <ul className="case-badges">
          <li>
            <span className={`status status--${c.status.toLowerCase()}`} data-testid="case-status">
              {t(`statuses.${c.status}`)}
            </span>
          </li>
          <li>{kindName(c.kind)}</li>
          {restricted && (
            <li>
              <span className="badge badge--confidential">{t("case.confidential")}</span>
            </li>
          )}
          {c.nextDueDate && (
            <li>
              {t("case.nextDue")} <DueDate dueDate={c.nextDueDate} overdue={c.overdue} style="long" />
            </li>
          )}
        </ul>
        {(hasAsideActions || canWorkHere) && (
          <p className="skip-to-actions">
            <a href="#actions">{t("case.jumpToActions")}</a>
          </p>
        )}
      </header>

      <div className="case-layout">
        <div className="case-main">
          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t("case.factsTitle")}</h2>
            <dl className="facts">
              {fact(t("case.status"), t(`statuses.${c.status}`))}
              {fact(message(locale, "fields.kind"), kindName(c.kind))}
              {fact(message(locale, "fields.channel"), message(locale, `channels.${c.channel}`))}
              {fact(message(locale, "fields.receivedOn"), when(c.receivedAt))}
              {fact(message(locale, "fields.categoryCode"), c.category ? pick(c.category.name, locale) : muted(t("case.noCategory")))}
              {fact(message(locale, "fields.departmentCode"), c.department ? pick(c.department.name, locale) : muted(t("case.notRouted")))}
              {c.serviceUnit && fact(t("case.serviceUnit"), pick(c.serviceUnit.name, locale))}
              {fact(message(locale, "fields.assigneeId"), c.assignee ? c.assignee.name : muted(t("case.unassigned")), "case-assignee")}
              {fact(t("case.language"), <span lang={c.locale}>{localeNames[c.locale]}</span>)}
              {c.place && fact(message(locale, "fields.place"), c.place)}
              {c.incidentDate && fact(t("case.incidentDate"), day(c.incidentDate))}
              {fact(
                t("case.answerOwed"),
                c.answerOwed ? (
                  t("case.yes")
                ) : (
                  <>
                    {t("case.no")}
                    {c.noAnswerReason && <> — {t(`noAnswerShort.${c.noAnswerReason}`)}</>}
                    {c.noAnswerDecidedBy && <> ({t("case.decidedBy", { name: c.noAnswerDecidedBy.name })})</>}
                  </>
                ),
              )}
              {c.forwardedTo && fact(t("case.forwardedTo"), c.forwardedAt ? t("case.forwardedOn", { body: c.forwardedTo, date: format.dateTime(c.forwardedAt, "long") }) : c.forwardedTo)}
              {c.answeredAt && fact(t("case.answeredAt"), when(c.answeredAt))}
              {c.closedAt && fact(t("case.closedAt"), when(c.closedAt))}
              {c.rating?.ratedAt &&
                fact(
                  t("case.rating"),
                  <>
                    {c.rating.score !== null && t("case.ratingScore", { score: c.rating.score })}
                    {c.rating.comment && <span className="block pre">{c.rating.comment}</span>}
                  </>,
                )}
            </dl>
          </section>

          <section aria-labelledby="text-heading">
            <h2 id="text-heading">{t("case.textTitle")}</h2>
            <div className="case-text pre" lang={c.locale}>
              {c.body}
            </div>
          </section>

          <section aria-labelledby="submitter-heading">
            <h2 id="submitter-heading">{t("case.submitterTitle")}</h2>
            {c.anonymous ? (
              <p data-testid="submitter">{t("case.anonymous")}</p>
            ) : c.submitterHidden ? (
              <p className="callout callout--warning" data-testid="submitter">
                {t("case.submitterHidden")}
              </p>
            ) : c.submitter?.erased ? (
              <p data-testid="submitter">{t("case.submitterErased")}</p>
            ) : c.submitter ? (
              <dl className="facts" data-testid="submitter">
                {fact(message(locale, "fields.name"), c.submitter.name ?? "—")}
                {c.submitter.email && fact(message(locale, "fields.email"), <a href={`mailto:${c.submitter.email}`}>{c.submitter.email}</a>)}
                {c.submitter.phone && fact(message(locale, "fields.phone"), <a href={`tel:${c.submitter.phone.replace(/[^\d+]/g, "")}`}>{c.submitter.phone}</a>)}
                {c.submitter.address && fact(message(locale, "fields.address"), <span className="pre">{c.submitter.address}</span>)}
              </dl>
            ) : (
              <p data-testid="submitter">—</p>
            )}
          </section>

          <section aria-labelledby="terms-heading">
            <h2 id="terms-heading">{t("case.termsTitle")}</h2>
            {c.clocks.length === 0 ? (
              <p>{t("case.noTerms")}</p>
            ) : (
              <table className="stack-table terms-table">
                <caption className="visually-hidden">{t("case.termsTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("case.termColumns.term")}</th>
                    <th scope="col">{t("case.termColumns.due")}</th>
                    <th scope="col">{t("case.termColumns.state")}</th>
                    <th scope="col">{t("case.termColumns.basis")}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.clocks.map((k) => {
                    const settled = k.state === "MET" || k.state === "STOPPED";
                    const cellLabel = (key: string) => (
                      <span className="cell-label" aria-hidden="true">
                        {t(`case.termColumns.${key}`)}
                      </span>
                    );
                    return (
                      <tr key={k.clock} className={k.state === "BREACHED" ? "is-overdue" : undefined}>
                        <th scope="row">{t(`clocks.${k.clock}`)}</th>
                        <td>
                          {cellLabel("due")}
                          <span>
                            {settled ? (
                              format.dateTime(calendarDate(k.dueDate), "long")
                            ) : (
                              <DueDate dueDate={k.dueDate} overdue={k.state === "BREACHED" || k.dueAt < new Date()} style="long" />
                            )}
                          </span>
                        </td>
                        <td>
                          {cellLabel("state")}
                          <span>
                            <span className={`clock-state clock-state--${k.state.toLowerCase()}`}>
                              {k.state === "BREACHED" && <span aria-hidden="true">⚠ </span>}
                              {t(`clockStates.${k.state}`)}
                            </span>
                            {k.metAt && <span className="block muted">{t("case.metOn", { date: format.dateTime(k.metAt, "long") })}</span>}
                            {k.pauses.map((p) => (
                              <span key={p.startedAt.toISOString()} className="block muted" data-testid="clock-pause">
                                {p.endedAt
                                  ? t("case.pauseEnded", { from: format.dateTime(p.startedAt, "long"), to: format.dateTime(p.endedAt, "long"), days: p.daysAdded ?? 0, reason: p.reason })
                                  : t("case.pausedSince", { from: format.dateTime(p.startedAt, "long"), reason: p.reason })}
                              </span>
                            ))}
                          </span>
                        </td>
                        <td>
                          {cellLabel("basis")}
                          <span>{k.basis}</span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>

          <section aria-labelledby="answer-heading" id="answer">
            <h2 id="answer-heading">{t("case.answerTitle")}</h2>
            {c.answerText && (
              <div className="answer" data-testid="sent-answer">
                <p className="answer-meta">{c.answeredAt && t("case.answerSentOn", { date: when(c.answeredAt) })}</p>
                <div className="answer-text" lang={c.locale}>
                  {c.answerText}
                </div>
              </div>
            )}
            {letterAvailable && (
              <p>
                <a href={`/api/cases/${c.id}/letter`} className="button button--secondary" data-testid="letter-link">
                  {t("case.printLetter")}
                </a>
              </p>
            )}
            {current ? draftBlock(current, "h3") : !c.answerText && <p>{c.answerOwed ? t("case.noDraftYet") : t("case.noAnswerOwed")}</p>}
            {verbs.has("approve") && (
              <ActionForm verb="approve" {...form} title={t("forms.approve.title")} intro={t("forms.approve.intro")} submitLabel={t("forms.approve.submit")} />
            )}
            {verbs.has("send") && <ActionForm verb="send" {...form} title={t("forms.send.title")} intro={t("forms.send.intro")} submitLabel={t("forms.send.submit")} />}
            {draftForm}
            {sentDrafts.length > 0 && (
              <details className="earlier">
                <summary>{t("case.sentDrafts", { count: sentDrafts.length })}</summary>
                {sentDrafts.map((d) => (
                  <div key={d.id}>{draftBlock(d, "h4")}</div>
                ))}
              </details>
            )}
          </section>

          <section aria-labelledby="files-heading">
            <h2 id="files-heading">{t("case.filesTitle")}</h2>
            {c.attachments.length === 0 ? (
              <p>{t("case.noFiles")}</p>
            ) : (
              <ul className="file-list">
                {c.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={`/api/attachments/${a.id}`} download={a.filename}>
                      {a.filename}
                    </a>{" "}
                    <span className="muted">
                      ({t("case.fileMeta", { type: ATTACHMENT_TYPES[a.mimeType as keyof typeof ATTACHMENT_TYPES]?.toUpperCase() ?? a.mimeType, size: format.number(Math.max(1, Math.round(a.size / 1024))), date: format.dateTime(a.createdAt, "short") })})
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {verbs.has("attach") && (
              <ActionForm
                verb="attach"
                {...form}
                title={t("forms.attach.title")}
                submitLabel={t("forms.attach.submit")}
                secondary
                fields={[
                  {
                    name: "file",
                    label: message(locale, "fields.file"),
                    type: "file",
                    required: true,
                    accept: Object.keys(ATTACHMENT_TYPES).join(","),
                    hint: t("forms.attach.hint", { max: ATTACHMENT_LIMITS.maxBytes / 1024 / 1024 }),
                  },
                ]}
              />
            )}
          </section>

          <section aria-labelledby="notes-heading" className="internal">
            <h2 id="notes-heading">{t("case.notesTitle")}</h2>
            <p className="internal-flag">
              {t("case.internalOnly")}
            </p>
            {c.notes.length === 0 ? (
              <p>{t("case.noNotes")}</p>
            ) : (
              <ol className="notes">
                {c.notes.map((n) => (
                  <li key={n.id}>
                    <p className="note-meta">{t("case.noteMeta", { name: n.author.name, date: when(n.createdAt) })}</p>
                    <p className="pre">{n.text}</p>
                  </li>
                ))}
              </ol>
            )}
            {verbs.has("note") && (
              <ActionForm
                verb="note"
                {...form}
                title={t("forms.note.title")}
                submitLabel={t("forms.note.submit")}
                secondary
                fields={[{ name: "note", label: message(locale, "fields.note"), type: "textarea", size: "short", required: true, maxLength: STAFF_LIMITS.note.max, hint: t("forms.note.hint") }]}
              />
            )}
          </section>

          <section aria-labelledby="linked-heading">
            <h2 id="linked-heading">{t("case.linkedTitle")}</h2>
            {!c.mergedInto && c.mergedCases.length === 0 ? (
              <p>{t("case.noLinked")}</p>
            ) : (
              <ul>
                {c.mergedInto && (
                  <li>
                    {t("case.mergedInto")} <Link href={`/staff/cases/${c.mergedInto.id}`}>{c.mergedInto.reference}</Link>
                  </li>
                )}
                {c.mergedCases.map((m) => (
                  <li key={m.id}>
                    {t("case.mergedFrom")} <Link href={`/staff/cases/${m.id}`}>{m.reference}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t("case.timelineTitle")}</h2>
            <ol className="timeline staff-timeline" data-testid="timeline">
              {c.timeline.map((e, i) => {
                const shown = e.changes.filter((ch) => (SHOWN_CHANGES as readonly string[]).includes(ch.field));
                return (
                  <li key={i}>
                    <span className="timeline-when">{when(e.at)}</span>
                    <span className="timeline-what">{timelineWhat(e)}</span>
                    {e.actor && <span className="timeline-who"> — {e.actor.name || t("case.someone")}</span>}
                    {shown.length > 0 && (
                      <ul className="changes">
                        {shown.map((ch) => (
                          <li key={ch.field}>{changeLine(ch)}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        </div>

        <aside className="case-actions" id="actions" aria-labelledby="actions-heading" tabIndex={-1}>
          <h2 id="actions-heading">{t("case.actionsTitle")}</h2>
          {hasAsideActions ? (
            actionsAside
          ) : (
            <p>{canWorkHere ? t("case.actionsElsewhere") : t("case.readOnly")}</p>
          )}
          {canWorkHere && (
            <ul className="link-list">
              {(verbs.has("draft") || verbs.has("approve") || verbs.has("send")) && (
                <li>
                  <a href="#answer">{t("case.toAnswer")}</a>
                </li>
              )}
              {verbs.has("note") && (
                <li>
                  <a href="#notes-heading">{t("case.toNotes")}</a>
                </li>
              )}
              {verbs.has("attach") && (
                <li>
                  <a href="#files-heading">{t("case.toFiles")}</a>
                </li>
              )}
            </ul>
          )}
        </aside>
      </div>
    </div>
  );
}

/** Who the case may be given to; an empty list (and a hint) when the viewer may not list them. */
async function assignableFor(viewer: Viewer, c: CaseDetail): Promise<StaffUserView[]> {
  // A restricted case without a department goes to the integrity unit: the viewer's own.
  const departmentCode = c.departmentCode ?? (RESTRICTED_KINDS.has(c.kind) ? ((await me({ viewer }))?.departmentCode ?? null) : null);
  if (!departmentCode) return [];
  try {
    return await listAssignableUsers({ viewer, departmentCode, kind: c.kind });
  } catch (error) {
    log.warn({ err: error }, "case page: assignable users not listed");
    return [];
  }
}

async function templatesFor(viewer: Viewer, c: CaseDetail): Promise<AnswerTemplateChoice[]> {
  try {
    return await listAnswerTemplates({ viewer, locale: c.locale });
  } catch (error) {
    log.warn({ err: error }, "case page: answer templates not listed");
    return [];
  }
}
