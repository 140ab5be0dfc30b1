import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Packages with native parts, worker threads or file-system fonts load from
  // node_modules at run time instead of being bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "@react-pdf/renderer",
    "mailauth",
    "maildev",
    "nodemailer",
    "pino",
    "postgres",
  ],
  poweredByHeader: false,
  experimental: {
    // CSV imports upload up to 10 MB through a Server Action (the default limit is 1 MB).
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default withNextIntl(nextConfig);
