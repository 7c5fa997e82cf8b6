// Next 16's request proxy (formerly middleware): locale negotiation and the "/" → "/bg"
// redirect, by next-intl. https://next-intl.dev/docs/routing/middleware
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything except the API (GraphQL, auth), Next's own files and files with a dot.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
