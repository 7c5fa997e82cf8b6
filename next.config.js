// Next.js configuration (ESM: package.json has "type": "module").
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // CI type-checks the whole repository once (`npm run typecheck`); the build need not.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // The root layout is app/[locale]/layout.tsx (the language is in every URL), so
  // addresses outside any language get app/global-not-found.tsx.
  experimental: {
    globalNotFound: true,
    // Staff attach scans and photos of up to 10 MB to a case (lib/cases/attachment-file.ts
    // ATTACHMENT_LIMITS) through a server action; the default limit is 1 MB. 11 MB leaves
    // room for the multipart envelope, so a file just over 10 MB still reaches the action
    // and gets a clear "too large" next to the field instead of a failed request.
    serverActions: { bodySizeLimit: "11mb" },
    // The request proxy (proxy.ts) buffers bodies and cuts them at 10 MB by default:
    // the same 11 MB, or the upload above would arrive truncated.
    proxyClientMaxBodySize: "11mb",
  },
  // Server-only packages with native/WASM parts or worker threads: load them from
  // node_modules at run time instead of bundling them into the server chunks.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/client",
    "pg",
    "pino",
    "rate-limiter-flexible",
    "pdfkit",
    "nodemailer",
    "sharp",
  ],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // The access code never travels in a URL, and no URL leaks to other sites either.
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
