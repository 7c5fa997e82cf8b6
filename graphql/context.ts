// The GraphQL context, built by the same code for HTTP (Apollo) and WebSocket
// (graphql-ws) requests (architecture.md: both transports build the same context).
import type { ClientInfo } from "@/lib/cases/types";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/domain/kinds";
import type { Viewer } from "@/lib/auth/viewer";

export interface GraphQLContext {
  locale: Locale;
  client: ClientInfo;
  /** Signed-in staff member (resolved from the session by the transport); null for citizens. */
  viewer: Viewer | null;
}

/** The first supported language in an Accept-Language header, else Bulgarian. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLocale) ?? DEFAULT_LOCALE;
}

export function buildContext(request: {
  headers: { get(name: string): string | null | undefined };
  clientKey: string;
  viewer?: Viewer | null;
}): GraphQLContext {
  return {
    locale: request.viewer?.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language")),
    client: { clientKey: request.clientKey },
    viewer: request.viewer ?? null,
  };
}
