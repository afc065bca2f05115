// How a long check shares the server with the writer's requests. A check runs in slices; between
// two, it lets the event loop turn. A request read from the client in that turn is dispatched by
// vscode-jsonrpc on an immediate queued after the check's own, so one turn would run a whole
// slice (at least one sentence: tens of milliseconds on a large corpus) before the hover. Two
// turns let everything read meanwhile be dispatched first.
import { nextTurn } from "../core/cancellation";

/** How long the server's checks run before they let requests in (short: a hover waits for at most this, plus one sentence). */
export const SERVER_SLICE_MS = 5;

export interface CheckPacing {
  sliceMs: number;
  pause: () => Promise<void>;
}

/** The pause between slices: requests that arrived during the slice are answered before the next one. */
export async function afterPendingRequests(): Promise<void> {
  await nextTurn(); // the turn in which the client's messages are read (and their dispatch queued)
  await nextTurn(); // their dispatch ran before this resolves
}

export const REQUESTS_FIRST: CheckPacing = { sliceMs: SERVER_SLICE_MS, pause: afterPendingRequests };
