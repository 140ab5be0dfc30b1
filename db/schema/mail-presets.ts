import { sql } from "drizzle-orm";
import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { smtpSecurity } from "./mail-settings";

/**
 * Provider presets for the mail settings form: they fill host, port and
 * security. Shared by all tenants and maintained by platform admins.
 */
export const mailPresets = pgTable("mail_presets", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  /** Stable key, e.g. "gmail". */
  key: text("key").notNull().unique(),
  name: text("name").notNull(),
  /** "isp" for Dutch internet providers, "service" for mail services. */
  category: text("category").notNull(),
  host: text("host").notNull(),
  port: integer("port").notNull(),
  security: smtpSecurity("security").notNull(),
  /** Daily limit the provider imposes on messages from an external application; null when none is known. */
  dailyLimit: integer("daily_limit"),
  /** Key of an explanation under mailSettings.presetHelp, e.g. "appPassword". */
  helpKey: text("help_key"),
  position: integer("position").notNull().default(0),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
