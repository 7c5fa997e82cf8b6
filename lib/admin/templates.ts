// Answer templates the administrator keeps (AnswerTemplate): per code and language, the
// title and the three parts of a reasoned answer (АПК чл. 123(1)). saveAnswerDraft fills
// the parts an author left blank from the template with its `templateCode`, in the case's
// language; a draft keeps the text it copied, so editing or deleting a template changes
// no draft.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/admin/access";
import { recordAudit } from "@/lib/audit/record";
import { LOCALES, type Locale } from "@/lib/domain/kinds";
import { FieldChecks, STAFF_LIMITS } from "@/lib/cases/staff-input";

export const TEMPLATE_LIMITS = {
  code: { min: 2, max: STAFF_LIMITS.templateCode.max },
  title: { min: 3, max: 200 },
  findings: { max: STAFF_LIMITS.findings.max },
  decision: { max: STAFF_LIMITS.decision.max },
  reasons: { max: STAFF_LIMITS.reasons.max },
} as const;
const CODE = /^[A-Za-z0-9_-]+$/;

export interface AnswerTemplateView {
  code: string;
  locale: Locale;
  title: string;
  findings: string;
  decision: string;
  reasons: string;
  updatedAt: Date;
}

export interface AnswerTemplateInput {
  code?: string | null;
  locale?: string | null;
  title?: string | null;
  findings?: string | null;
  decision?: string | null;
  reasons?: string | null;
}

const SELECT = { code: true, locale: true, title: true, findings: true, decision: true, reasons: true, updatedAt: true } as const;

export async function listTemplates(options: { viewer: Viewer | null | undefined }): Promise<AnswerTemplateView[]> {
  await assertAdmin(options.viewer);
  const db = await prisma();
  return db.answerTemplate.findMany({ orderBy: [{ code: "asc" }, { locale: "asc" }], select: SELECT });
}

/** Creates the template of (code, locale), or replaces its texts. */
export async function saveTemplate(options: { viewer: Viewer | null | undefined; input: AnswerTemplateInput }): Promise<AnswerTemplateView> {
  const admin = await assertAdmin(options.viewer);
  const { input } = options;
  const checks = new FieldChecks();
  const code = checks.text("code", input.code, TEMPLATE_LIMITS.code, true);
  if (code && !CODE.test(code)) checks.errors.push({ field: "code", code: "INVALID_CHOICE" });
  const locale = checks.choice<Locale>("locale", input.locale, LOCALES);
  const title = checks.text("title", input.title, TEMPLATE_LIMITS.title, true);
  const parts = {
    findings: checks.text("findings", input.findings, TEMPLATE_LIMITS.findings, false) ?? "",
    decision: checks.text("decision", input.decision, TEMPLATE_LIMITS.decision, false) ?? "",
    reasons: checks.text("reasons", input.reasons, TEMPLATE_LIMITS.reasons, false) ?? "",
  };
  if (checks.ok && !parts.findings && !parts.decision && !parts.reasons) checks.errors.push({ field: "findings", code: "REQUIRED" });
  if (!checks.ok || !code || !locale || !title) throw AppError.badInput(checks.errors);

  const db = await prisma();
  const data = { title, ...parts };
  return db.$transaction(async (tx) => {
    const before = await tx.answerTemplate.findUnique({ where: { code_locale: { code, locale } }, select: SELECT });
    const saved = await tx.answerTemplate.upsert({ where: { code_locale: { code, locale } }, create: { code, locale, ...data }, update: data, select: SELECT });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "SETTINGS_CHANGED",
      entityType: "AnswerTemplate",
      entityId: `${code}/${locale}`,
      before: before ? { title: before.title, findings: before.findings, decision: before.decision, reasons: before.reasons } : null,
      after: data,
    });
    return saved;
  });
}

/** Deletes the template of (code, locale); false when there was none. */
export async function deleteTemplate(options: { viewer: Viewer | null | undefined; code: string; locale: string }): Promise<boolean> {
  const admin = await assertAdmin(options.viewer);
  const checks = new FieldChecks();
  const code = checks.text("code", options.code, TEMPLATE_LIMITS.code, true);
  const locale = checks.choice<Locale>("locale", options.locale, LOCALES);
  if (!checks.ok || !code || !locale) throw AppError.badInput(checks.errors);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const before = await tx.answerTemplate.findUnique({ where: { code_locale: { code, locale } }, select: SELECT });
    if (!before) return false;
    await tx.answerTemplate.delete({ where: { code_locale: { code, locale } } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "SETTINGS_CHANGED",
      entityType: "AnswerTemplate",
      entityId: `${code}/${locale}`,
      before: { title: before.title, findings: before.findings, decision: before.decision, reasons: before.reasons },
      after: null,
    });
    return true;
  });
}
