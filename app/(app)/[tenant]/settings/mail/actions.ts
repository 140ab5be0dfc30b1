"use server";

import { tenantAction, type ActionResult } from "@/lib/actions";
import type { ProbeResult } from "@/lib/mail/smtp-probe";
import type { SpfReport } from "@/lib/mail/spf";
import type { MailSettingsInput } from "@/lib/validation/mail-settings";
import { checkSpfSpec, saveMailSettingsSpec, sendTestMessageSpec, type SaveMailSettingsResult } from "./handlers";
import type { SpfCheckInput, TestMessageInput } from "./types";

const save = tenantAction(saveMailSettingsSpec.permission, saveMailSettingsSpec.schema, saveMailSettingsSpec.handler);
const sendTest = tenantAction(sendTestMessageSpec.permission, sendTestMessageSpec.schema, sendTestMessageSpec.handler);
const spf = tenantAction(checkSpfSpec.permission, checkSpfSpec.schema, checkSpfSpec.handler);

/** "Save" on the mail settings page. */
export async function saveMailSettingsAction(
  slug: string,
  input: MailSettingsInput,
): Promise<ActionResult<SaveMailSettingsResult>> {
  return save(slug, input);
}

/** "Send" in the test message dialog. */
export async function sendTestMessageAction(slug: string, input: TestMessageInput): Promise<ActionResult<ProbeResult>> {
  return sendTest(slug, input);
}

/** "Check SPF" on the mail settings page. */
export async function checkSpfAction(slug: string, input: SpfCheckInput): Promise<ActionResult<SpfReport>> {
  return spf(slug, input);
}
