"use server";

import { tenantAction } from "@/lib/actions";
import { handleResetTemplate, handleSaveTemplate, resetTemplateSchema, saveTemplateSchema } from "./handlers";

/** "Save" on the email texts page: validates the text again on the server and stores it. */
export const saveTemplateAction = tenantAction("settings.templates", saveTemplateSchema, handleSaveTemplate);

/** "Reset to default" on the email texts page: deletes the tenant's own text for the kind. */
export const resetTemplateAction = tenantAction("settings.templates", resetTemplateSchema, handleResetTemplate);
