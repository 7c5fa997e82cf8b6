// Codes the dashboard and the inbox name in words (the words are in the catalogs'
// "dashboard" namespace).
import { LOCALES } from "@/lib/domain/kinds";

/** The languages a citizen may write in, in catalog order (bg, tr, en). */
export const LANGUAGE_CODES = LOCALES;
