import { EventEmitter } from "node:events";

// On globalThis so that the action bundle and the instrumentation bundle share one emitter.
const store = globalThis as typeof globalThis & { __broodbodeWorkerSignal?: EventEmitter };
const signal = (store.__broodbodeWorkerSignal ??= new EventEmitter());

/** Tell an in-process worker that new dispatches are queued, so it need not wait for its next poll. */
export function wakeWorker(): void {
  signal.emit("wake");
}

/** Resolve when wakeWorker is called or after `timeoutMs`, whichever comes first. */
export function waitForWake(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.off("wake", done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    signal.once("wake", done);
  });
}
