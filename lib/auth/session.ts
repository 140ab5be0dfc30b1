import "server-only";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { isSessionRevoked, revokeSessions } from "@/lib/data/users";
import { auth } from "./auth";

/**
 * Return the signed-in user's id, or null. A session token stays valid until it
 * expires, so the user's row is checked too: signing out revokes every
 * session issued before that moment, and a deleted user has none.
 */
export async function currentUserId(): Promise<string | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  if (await isSessionRevoked(await getDb(), userId, session.issuedAt ?? 0)) return null;
  return userId;
}

/** Return the signed-in user's id, or redirect to the sign-in page when there is none. */
export async function requireUserId(): Promise<string> {
  const userId = await currentUserId();
  if (!userId) redirect("/sign-in");
  return userId;
}

/** End every session of the signed-in user, on all devices. */
export async function revokeCurrentSessions(): Promise<void> {
  const session = await auth();
  if (session?.user?.id) await revokeSessions(await getDb(), session.user.id);
}
