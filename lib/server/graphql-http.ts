// POST/GET /api/graphql over HTTP: Apollo Server 5 driven directly from node:http
// (no framework), with the same context and limits as the WebSocket transport.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { buildContext, type GraphQLContext } from "@/graphql/context";
import { queryLimitsRule } from "@/graphql/limits";
import { localiseCoercionError } from "@/graphql/coercion-errors";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import { clientKeyOf } from "@/lib/server/client-address";
import { viewerFromCookies } from "@/lib/auth/session";

export async function createGraphQLHttpHandler(schema: GraphQLSchema) {
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    validationRules: [queryLimitsRule],
    introspection: true,
    // Apollo's landing page loads a sandbox from the internet; ours must work offline.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      {
        // Localise errors raised before resolvers run (variable coercion), per request.
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              if (response.body.kind === "single" && response.body.singleResult.errors) {
                response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
                  localiseCoercionError(e, contextValue.locale),
                );
              }
            },
          };
        },
      },
    ],
    includeStacktraceInErrorResponses: !config.isProduction,
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (code === "INTERNAL_SERVER_ERROR") log.error({ err: error }, "GraphQL execution failed");
      return formatted;
    },
  });
  await apollo.start();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown = undefined;
    if (req.method === "POST") {
      const raw = await readBody(req, config.maxBodyBytes);
      if (raw === null) {
        res.writeHead(413, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: "Request body too large.", extensions: { code: "PAYLOAD_TOO_LARGE" } }] }));
        return;
      }
      try {
        body = raw.length > 0 ? JSON.parse(raw) : undefined;
      } catch {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: "Body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] }));
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      // The staff session is re-checked against the User row on every request (lib/auth/session.ts).
      context: async () => buildContext({ headers, clientKey: clientKeyOf(req), viewer: await viewerFromCookies(req.headers.cookie) }),
    });
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) outHeaders[key] = value;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === "complete") {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  return { handle, stop: () => apollo.stop() };
}

/** The body as text, or null when it exceeds `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    });
    req.on("end", () => resolve(tooLarge ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
