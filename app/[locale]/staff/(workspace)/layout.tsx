// The staff workspace's frame: the staff bar (menu for the role, who is signed in,
// sign-out) above each page. The pages themselves require a session (requireViewer,
// which knows the address to come back to); without one this renders the page alone,
// which redirects to sign-in.
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/domain/kinds";
import { getViewer } from "@/lib/auth/get-viewer";
import { StaffBar } from "@/lib/ui/staff/staff-bar";
import "@/lib/ui/staff/staff.css";

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const viewer = await getViewer();
  return (
    <>
      {viewer && <StaffBar locale={locale} viewer={viewer} />}
      {children}
    </>
  );
}
