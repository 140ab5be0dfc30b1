"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";

export type SignInState = { error: "invalidCredentials" | "signInFailed" | null };

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  try {
    await signIn("credentials", {
      email: String(formData.get("email") ?? ""),
      password: String(formData.get("password") ?? ""),
      redirectTo: safeRedirectTarget(formData.get("callbackUrl")),
    });
  } catch (error) {
    // A successful sign-in throws Next.js's redirect, which must propagate.
    if (error instanceof AuthError) {
      return { error: error.type === "CredentialsSignin" ? "invalidCredentials" : "signInFailed" };
    }
    throw error;
  }
  return { error: null };
}

/** Only same-site paths, so a crafted link cannot send the user elsewhere after sign-in. */
function safeRedirectTarget(value: FormDataEntryValue | null): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return "/";
  return value;
}
