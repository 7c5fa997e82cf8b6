// The bar at the top of every staff page: the staff menu for the viewer's role, who is
// signed in (name and role) and "sign out". Pages outside app/[locale]/staff/(workspace)
// (registration, look-up, administration) can render it too: <StaffBar locale viewer />.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain/kinds";
import type { Role, Viewer } from "@/lib/auth/viewer";
import { readsCases } from "@/lib/domain/access";
import { dashboardScope } from "@/lib/dashboard/types";
import { improvementReadScope } from "@/lib/domain/improvement";
import { SignOutButton } from "@/lib/ui/sign-out-button";
import { StaffNav } from "./staff-nav";

export type StaffNavKey = "inbox" | "dashboard" | "register" | "lookup" | "admin" | "account" | "improvements" | "reports";

/** The staff pages a role uses, in menu order (paths without the language prefix). */
export function staffNavItems(viewer: Pick<Viewer, "id" | "role" | "departmentId" | "serviceUnitId">): { key: StaffNavKey; href: string }[] {
  const role: Role = viewer.role;
  return [
    ...(readsCases(viewer) ? [{ key: "inbox" as const, href: "/staff/cases" }] : []),
    // The dashboard: whoever has a dashboard scope (manager, heads, integrity officer).
    ...(dashboardScope(viewer) ? [{ key: "dashboard" as const, href: "/staff/dashboard" }] : []),
    ...(role === "CLERK"
      ? [
          { key: "register" as const, href: "/staff/register" },
          { key: "lookup" as const, href: "/staff/lookup" },
        ]
      : []),
    // The improvement-action register (lib/domain/improvement.ts: who reads it).
    ...(improvementReadScope(viewer) ? [{ key: "improvements" as const, href: "/staff/improvements" }] : []),
    // The annual report: counted in the viewer's dashboard scope (lib/reports/annual-report.ts).
    ...(dashboardScope(viewer) ? [{ key: "reports" as const, href: "/staff/reports" }] : []),
    ...(role === "ADMIN" ? [{ key: "admin" as const, href: "/staff/admin" }] : []),
    { key: "account" as const, href: "/staff/account" },
  ];
}

export async function StaffBar({ locale, viewer }: { locale: Locale; viewer: Viewer }) {
  const t = await getTranslations({ locale, namespace: "workspace" });
  const ts = await getTranslations({ locale, namespace: "staff" });
  const items = staffNavItems(viewer).map(({ key, href }) => ({ href, label: t(`nav.${key}`) }));
  return (
    <div className="staff-bar">
      <div className="container staff-bar-inner">
        <StaffNav label={t("nav.label")} items={items} />
        <div className="staff-who">
          <p className="staff-who-name" data-testid="staff-who">
            {ts("signedInAs", { name: viewer.name, role: ts(`roles.${viewer.role}`) })}
          </p>
          <SignOutButton locale={locale} />
        </div>
      </div>
    </div>
  );
}
