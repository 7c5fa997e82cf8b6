// GraphQL subscriptions over WebSocket (graphql-ws) on the same port and path as HTTP.
// Same schema, same context builder, same validation limits as Apollo over HTTP.
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import { GraphQLError, specifiedRules, validate, type GraphQLSchema } from "graphql";
import { buildContext, type GraphQLContext } from "@/graphql/context";
import type { Viewer } from "@/lib/auth/viewer";
import { viewerFromCookies, viewerStillValid } from "@/lib/auth/session";
import { registerConnection, SESSION_ENDED_CLOSE_CODE, SESSION_ENDED_REASON } from "@/lib/auth/connections";
import { queryLimitsRule } from "@/graphql/limits";
import { clientKeyOf } from "@/lib/server/client-address";
import type { IncomingMessage } from "node:http";

/** Largest WebSocket message accepted: a subscription document, not an upload. */
export const WS_MAX_PAYLOAD = 16 * 1024;
/** Operations one connection may run at once (a dashboard needs a handful). */
export const WS_MAX_OPERATIONS = 20;

export function createGraphQLWebSocketServer(schema: GraphQLSchema) {
  const sessions = new WeakMap<object, { viewer: Viewer | null; unregister?: () => void }>();
  const operations = new WeakMap<object, Set<string>>();
  const done = (socket: object, id: string) => operations.get(socket)?.delete(id);
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_PAYLOAD });
  const disposable = useServer(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
      validate: (s, document) => validate(s, document, [...specifiedRules, queryLimitsRule]),
      // Staff sessions (lib/auth): the viewer comes from the upgrade request's cookie at
      // connection_init, is re-checked against the User row for every new subscription and
      // before every event, and the socket is registered so that signing out or disabling
      // the user closes it at once (4401). Citizens connect anonymously.
      onConnect: async (ctx) => {
        const req = ctx.extra.request as IncomingMessage;
        const viewer = await viewerFromCookies(req.headers.cookie);
        sessions.set(ctx.extra.socket, { viewer, unregister: viewer ? registerConnection(viewer.id, ctx.extra.socket) : undefined });
        return true;
      },
      onSubscribe: (ctx, id) => {
        const running = operations.get(ctx.extra.socket) ?? new Set<string>();
        operations.set(ctx.extra.socket, running);
        if (running.size >= WS_MAX_OPERATIONS) {
          return [new GraphQLError(`At most ${WS_MAX_OPERATIONS} operations per connection.`, { extensions: { code: "TOO_MANY_OPERATIONS" } })];
        }
        running.add(id);
      },
      onComplete: (ctx, id) => {
        done(ctx.extra.socket, id);
      },
      onError: (ctx, id) => {
        done(ctx.extra.socket, id);
      },
      onClose: (ctx) => {
        sessions.get(ctx.extra.socket)?.unregister?.();
        sessions.delete(ctx.extra.socket);
      },
      context: async (ctx) => {
        const req = ctx.extra.request as IncomingMessage;
        const headers = { get: (name: string) => headerValue(req, name) };
        const known = sessions.get(ctx.extra.socket)?.viewer ?? null;
        const viewer = known ? await viewerStillValid(known) : null;
        if (known && !viewer) ctx.extra.socket.close(SESSION_ENDED_CLOSE_CODE, SESSION_ENDED_REASON);
        return buildContext({ headers, clientKey: clientKeyOf(req), viewer });
      },
      onNext: async (ctx, _id, _payload, args) => {
        const viewer = (args.contextValue as GraphQLContext).viewer;
        if (viewer && !(await viewerStillValid(viewer))) {
          ctx.extra.socket.close(SESSION_ENDED_CLOSE_CODE, SESSION_ENDED_REASON);
          return { errors: [{ message: SESSION_ENDED_REASON, extensions: { code: "UNAUTHENTICATED" } }] };
        }
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
