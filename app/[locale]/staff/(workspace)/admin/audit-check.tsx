"use client";
// "Check the audit trail": runs the chain check on the server and says the outcome —
// "OK: N records" or where the chain breaks. Works without JavaScript (the page is
// rendered again with the answer); with it, the answer is announced where it appears.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { checkAuditAction } from "./actions";
import { initialAuditCheckState } from "./state";

export function AuditCheck({ locale }: { locale: string }) {
  const t = useTranslations("admin");
  const tErr = useTranslations("errors");
  const [state, formAction, isPending] = useActionState(checkAuditAction, initialAuditCheckState);
  const result = state.result;

  return (
    <>
      <form action={formAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button" aria-disabled={isPending || undefined}>
          {isPending ? t("auditChecking") : t("auditButton")}
        </button>
      </form>
      {/* Always present, so screen readers announce what is put into it. */}
      <div role="status" className="audit-result-region" data-testid="audit-result">
        {result?.type === "checked" &&
          (result.verification.ok ? (
            <p className="audit-result audit-result--ok">
              <strong>{t("auditOk", { count: result.verification.checked })}</strong>{" "}
              {t("auditOkDetail", { ms: result.ms })}
            </p>
          ) : (
            <p className="audit-result audit-result--broken">
              <strong>
                {t("auditBroken", {
                  id: result.verification.firstBroken?.id ?? "?",
                  reason: t(`auditReasons.${result.verification.firstBroken?.reason ?? "HASH_MISMATCH"}`),
                })}
              </strong>{" "}
              {t("auditBrokenDetail", { count: result.verification.checked })}
            </p>
          ))}
        {result?.type === "error" && <p className="audit-result audit-result--broken">{tErr("INTERNAL")}</p>}
      </div>
    </>
  );
}
