// GraphQL subscriptions over WebSocket (graphql-ws) on the same port and path as HTTP.
// Same schema, same context builder, same validation limits as Apollo over HTTP.
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import { specifiedRules, validate, type GraphQLSchema } from "graphql";
import { buildContext } from "@/graphql/context";
import { queryLimitsRule } from "@/graphql/limits";
import { clientKeyOf } from "@/lib/server/client-address";
import type { IncomingMessage } from "node:http";

/** Largest WebSocket message accepted: a subscription document, not an upload. */
export const WS_MAX_PAYLOAD = 16 * 1024;

export function createGraphQLWebSocketServer(schema: GraphQLSchema) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_PAYLOAD });
  const disposable = useServer(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
      validate: (s, document) => validate(s, document, [...specifiedRules, queryLimitsRule]),
      context: (ctx) => {
        const req = ctx.extra.request as IncomingMessage;
        const headers = { get: (name: string) => headerValue(req, name) };
        return buildContext({ headers, clientKey: clientKeyOf(req) });
      },
    },
    wss,
  );
  return {
    wss,
    async close(): Promise<void> {
      for (const client of wss.clients) client.close(1001, "Server shutting down");
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(", ") : (v ?? null);
}
