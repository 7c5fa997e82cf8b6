// Who is at the other end of a request, for per-client rate limits.
import type { IncomingMessage } from "node:http";
import { config } from "@/lib/config";
import { CLIENT_IP_HEADER } from "@/lib/server/client-info";

export function clientKeyOf(req: IncomingMessage): string {
  if (config.trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/** Overwrite the client-address header Next's server actions read, so no client can set it. */
export function stampClientAddress(req: IncomingMessage): void {
  req.headers[CLIENT_IP_HEADER] = clientKeyOf(req);
}
