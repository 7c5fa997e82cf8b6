// "Sign out" for every staff page: a form that posts to a server action, so it works
// without JavaScript. Signing out ends the user's sessions on all devices.
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/sign-out-action";

export async function SignOutButton({ locale, className = "actions" }: { locale: string; className?: string }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  return (
    <form action={signOutAction} className={className}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="button button--secondary" aria-describedby="sign-out-hint">
        {t("signOut")}
      </button>
      <span id="sign-out-hint" className="visually-hidden">
        {t("signOutHint")}
      </span>
    </form>
  );
}
