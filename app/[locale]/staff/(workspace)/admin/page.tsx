// /[locale]/staff/admin: the administrator's page — check the audit trail, and see,
// disable or enable staff accounts. Anyone else gets "not found" (the page's existence
// is no secret, but nothing here is theirs). Creating accounts and resetting passwords
// stay with `npm run user:create` on the server for now.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/get-viewer";
import { listUsers } from "@/lib/admin/list-users";
import { APP_ERROR_CODES, type AppErrorCode } from "@/lib/errors";
import { isLocale } from "@/lib/domain/kinds";
import { AuditCheck } from "./audit-check";
import { setUserDisabledAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ changed?: string | string[]; now?: string | string[]; error?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

/** The administrator's settings pages (admin/<name>), linked from here. */
const SETTINGS_PAGES = ["calendar", "policies", "templates", "organisation"] as const;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AdminPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/admin`);
  if (viewer.role !== "ADMIN") notFound();
  const t = await getTranslations("admin");
  const tStaff = await getTranslations("staff");
  const tErr = await getTranslations("errors");
  const tSettings = await getTranslations("adminSettings");
  const messages = await getMessages();
  const users = await listUsers({ viewer });

  const query = await searchParams;
  const changed = users.find((u) => u.id === one(query.changed));
  const error = one(query.error);
  const errorCode: AppErrorCode | null = error && (APP_ERROR_CODES as readonly string[]).includes(error) ? (error as AppErrorCode) : null;

  return (
    <div className="container page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <nav aria-labelledby="settings-heading" className="card">
        <h2 id="settings-heading">{tSettings("navHeading")}</h2>
        <p>{tSettings("navText")}</p>
        <ul>
          {SETTINGS_PAGES.map((p) => (
            <li key={p}>
              <a href={`/${locale}/staff/admin/${p}`}>{tSettings(`${p}.nav`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="audit-heading" className="card">
        <h2 id="audit-heading">{t("auditHeading")}</h2>
        <p>{t("auditText")}</p>
        <NextIntlClientProvider messages={{ admin: messages.admin, errors: messages.errors }}>
          <AuditCheck locale={locale} />
        </NextIntlClientProvider>
        <p className="hint">{t("auditNote")}</p>
      </section>

      <section aria-labelledby="users-heading" id="users">
        <h2 id="users-heading">{t("usersHeading")}</h2>
        <p>{t("usersText")}</p>
        {changed && (
          <p className="callout" role="status">
            {changed.disabled ? t("disabledNotice", { name: changed.name }) : t("enabledNotice", { name: changed.name })}
          </p>
        )}
        {errorCode && (
          <p className="callout callout--warning" role="alert">
            {t("changeFailed")} {tErr(errorCode, { minutes: 1, seconds: 60 })}
          </p>
        )}
        {/* Scrolls sideways on a phone: focusable, and named apart from the section. */}
        <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="users-caption" className="visually-hidden">
              {t("usersCaption", { count: users.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("colName")}</th>
                <th scope="col">{t("colRole")}</th>
                <th scope="col">{t("colPlace")}</th>
                <th scope="col">{t("colTotp")}</th>
                <th scope="col">{t("colStatus")}</th>
                <th scope="col">{t("colAction")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} data-testid={`user-${u.email}`}>
                  <th scope="row">
                    {u.name}
                    <span className="block muted">{u.email}</span>
                  </th>
                  <td>{tStaff(`roles.${u.role}`)}</td>
                  <td>{u.departmentCode ?? u.unitCode ?? "—"}</td>
                  <td>{u.totpEnabled ? t("totpOn") : t("totpOff")}</td>
                  <td>
                    <span className={u.disabled ? "tag tag--off" : "tag"}>{u.disabled ? t("statusDisabled") : t("statusActive")}</span>
                  </td>
                  <td>
                    {u.id === viewer.id ? (
                      <span className="muted">{t("you")}</span>
                    ) : (
                      <form action={setUserDisabledAction}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="userId" value={u.id} />
                        <input type="hidden" name="disable" value={u.disabled ? "no" : "yes"} />
                        <button type="submit" className="button button--secondary button--small">
                          {t.rich(u.disabled ? "enableUser" : "disableUser", {
                            name: u.name,
                            hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                          })}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
