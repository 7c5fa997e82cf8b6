// The written answer as the citizen reads it on the tracking page (Case.answerText): the
// approved draft with the case reference and the date, laid out like the PDF letter
// (lib/letters/answer-letter.ts) from the same catalog texts ("letter.*"). No name or
// address: those stay in Submitter, which may be erased; the text stays with the case.
import { formats, timeZone } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/domain/kinds";

export function renderAnswerText(input: {
  locale: Locale;
  reference: string;
  date: Date;
  findings: string;
  decision: string;
  reasons: string;
  signedBy: string;
}): string {
  const t = translator(input.locale);
  const date = new Intl.DateTimeFormat(input.locale, { ...formats.dateTime.long, timeZone }).format(input.date);
  return [
    t("letter.municipality"),
    t("letter.title", { reference: input.reference }),
    `${t("letter.dateLabel")}: ${date}`,
    t("letter.intro", { reference: input.reference }),
    `${t("letter.findings")}\n${input.findings}`,
    `${t("letter.decision")}\n${input.decision}`,
    `${t("letter.reasons")}\n${input.reasons}`,
    `${t("letter.closing")}\n${input.signedBy}`,
  ].join("\n\n");
}
