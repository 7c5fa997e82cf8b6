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
  experimental: { globalNotFound: true },
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
