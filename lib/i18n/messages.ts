// The catalogs, loaded statically: they are small, and both Next's bundles and the plain
// Node server (GraphQL over WebSocket) import them the same way.
import bg from "./messages/bg.json" with { type: "json" };
import en from "./messages/en.json" with { type: "json" };
import tr from "./messages/tr.json" with { type: "json" };
import type { Locale } from "./config";

export type Messages = typeof bg;

export const catalogs: Record<Locale, Messages> = { bg, tr, en };
