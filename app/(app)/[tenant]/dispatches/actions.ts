"use server";

import { tenantAction } from "@/lib/actions";
import { resendDispatch } from "./resend-spec";

/** The send log's "Resend" button. */
export const resendDispatchAction = tenantAction(
  resendDispatch.permission,
  resendDispatch.schema,
  resendDispatch.handler,
);
