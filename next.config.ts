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
};

export default withNextIntl(nextConfig);
