import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nl";

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export type Messages = Record<string, unknown>;

const cache = new Map<Locale, Promise<Messages>>();

/**
 * The messages of a locale: every messages/<locale>/<namespace>.json file,
 * each under its namespace. Cached after the first read outside development.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV !== "development") return cached;
  const loading = readMessages(locale);
  cache.set(locale, loading);
  return loading;
}

async function readMessages(locale: Locale): Promise<Messages> {
  const folder = path.join(process.cwd(), "messages", locale);
  const files = (await readdir(folder)).filter((file) => file.endsWith(".json")).sort();
  const messages: Messages = {};
  for (const file of files) {
    messages[path.basename(file, ".json")] = JSON.parse(await readFile(path.join(folder, file), "utf8"));
  }
  return messages;
}
