"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { isLocale } from "@/i18n/messages";
import { signOut } from "@/lib/auth/auth";
import { revokeCurrentSessions } from "@/lib/auth/session";

export async function switchLocaleAction(formData: FormData): Promise<void> {
  const locale = String(formData.get("locale") ?? "");
  if (!isLocale(locale)) return;
  (await cookies()).set("NEXT_LOCALE", locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  revalidatePath("/", "layout");
}

/** Sign out on every device: the session cookie is deleted and older tokens are revoked. */
export async function signOutAction(): Promise<void> {
  await revokeCurrentSessions();
  await signOut({ redirectTo: "/sign-in" });
}
