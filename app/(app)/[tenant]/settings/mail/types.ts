import type { ActionResult } from "@/lib/actions/result";
import type { ProbeResult } from "@/lib/mail/smtp-probe";
import type { SpfReport } from "@/lib/mail/spf";
import type { MailSettingsDraft, MailSettingsInput } from "@/lib/validation/mail-settings";
import type { SaveMailSettingsResult } from "./handlers";

/** Input of the test message action: the recipient and which settings to send with. */
export type TestMessageInput = { to: string; source: "form" | "saved"; settings?: MailSettingsDraft };

export type SpfCheckInput = { senderAddress: string; smtpHost: string };

/**
 * The page's Server Actions, passed to the client form as props, so the
 * form's modules import no server code.
 */
export type MailSettingsActions = {
  save: (slug: string, input: MailSettingsInput) => Promise<ActionResult<SaveMailSettingsResult>>;
  sendTest: (slug: string, input: TestMessageInput) => Promise<ActionResult<ProbeResult>>;
  checkSpf: (slug: string, input: SpfCheckInput) => Promise<ActionResult<SpfReport>>;
};
