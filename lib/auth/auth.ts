import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { logger } from "@/lib/logger";
import { SignInLimiter } from "./sign-in-limiter";

/** Sign-in rejection while the address has too many recent failures, shown to the user as such. */
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

declare module "next-auth" {
  interface Session {
    /** When the session token was issued, in seconds since the epoch (the JWT's iat). */
    issuedAt?: number;
  }
}

const store = globalThis as typeof globalThis & { __broodbodeSignInLimiter?: SignInLimiter };
const limiter = (store.__broodbodeSignInLimiter ??= new SignInLimiter());

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  // The app runs behind its own host name (localhost in the demo), not a
  // platform that sets AUTH_URL.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();

        // Loaded here so that the proxy, which imports this module, does not open the database.
        const { findUserForSignIn } = await import("@/lib/data/users");
        const { verifyPassword } = await import("./password");
        const { email } = parsed.data;
        if (limiter.retryAfterMs(email) > 0) {
          logger.warn({ email }, "sign-in rejected: too many failed attempts");
          throw new SignInRateLimited();
        }

        const user = await findUserForSignIn(email);
        if (!user || !(await verifyPassword(user.passwordHash, parsed.data.password))) {
          limiter.recordFailure(email);
          logger.info({ email }, "sign-in rejected");
          throw new CredentialsSignin();
        }
        limiter.recordSuccess(email);
        logger.info({ userId: user.id }, "signed in");
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.iat === "number") session.issuedAt = token.iat;
      return session;
    },
  },
});
