// The per-client key used for rate limits. The custom server (lib/server) overwrites
// the `x-harta-client-ip` header with the socket's remote address (or the first
// X-Forwarded-For hop when HARTA_TRUST_PROXY is set), so a client cannot choose its key.
import type { ClientInfo } from "@/lib/cases/types";

export const CLIENT_IP_HEADER = "x-harta-client-ip";

export function clientInfoFromHeaders(headers: { get(name: string): string | null }): ClientInfo {
  return { clientKey: headers.get(CLIENT_IP_HEADER) ?? "unknown" };
}
