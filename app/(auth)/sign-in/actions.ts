"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeRedirectTarget } from "@/lib/auth/redirect";

/** The outcome of a failed attempt; the e-mail address is kept so the user need not retype it. */
export type SignInState = { error: "invalidCredentials" | "tooManyAttempts" | "signInFailed" | null; email: string };

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  try {
    await signIn("credentials", {
      email,
      password: String(formData.get("password") ?? ""),
      redirectTo: safeRedirectTarget(formData.get("callbackUrl")),
    });
  } catch (error) {
    // A successful sign-in throws Next.js's redirect, which must propagate.
    if (error instanceof CredentialsSignin) {
      return { error: error.code === "rate_limited" ? "tooManyAttempts" : "invalidCredentials", email };
    }
    if (error instanceof AuthError) return { error: "signInFailed", email };
    throw error;
  }
  return { error: null, email };
}
