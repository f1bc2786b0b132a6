/**
 * This window's session: an id kept in sessionStorage (so a reload of the same tab
 * keeps it) and a Web Lock held while the window lives. A journal entry whose
 * session holds no lock belongs to a window that crashed or closed: it is orphaned
 * and may be replayed by whoever opens the story next.
 */
const SESSION_KEY = 'copydesk.session';
const LOCK_PREFIX = 'copydesk-session:';

let current: Promise<string> | undefined;

function newId(): string {
  return crypto.randomUUID();
}

/** Called when the window goes away, before its session's lock is let go (see beforeLeaving). */
const leavingCallbacks = new Set<() => void>();
let releaseLock: (() => void) | undefined;

/**
 * Take the session's lock, waiting up to `waitMs` (a reloaded tab's previous page lets it go as it
 * leaves). The lock is held until the window goes away, and let go at its pagehide rather than
 * when the page is torn down, which a busy machine can put off for seconds: a reload that found it
 * still held would start a new session and pass over this one's journal entries as another live
 * window's, and an older draft among them would later be replayed over the library's newer text.
 */
async function holdLock(id: string, waitMs: number): Promise<boolean> {
  if (!navigator.locks) return true;
  return new Promise<boolean>((resolve) => {
    navigator.locks
      .request(`${LOCK_PREFIX}${id}`, { signal: AbortSignal.timeout(waitMs) }, () => {
        resolve(true);
        return new Promise<void>((release) => (releaseLock = release));
      })
      .catch(() => resolve(false));
  });
}

function leave(event: PageTransitionEvent): void {
  for (const callback of leavingCallbacks) callback();
  // A page kept for the back button may come back, still this session.
  if (!event.persisted) releaseLock?.();
}

/** Run `callback` when the window goes away (pagehide), before its session is let go; returns the undo. */
export function beforeLeaving(callback: () => void): () => void {
  leavingCallbacks.add(callback);
  return () => leavingCallbacks.delete(callback);
}

/** This window's session id, its lock held. */
export function windowSession(): Promise<string> {
  current ??= (async () => {
    let id = sessionStorage.getItem(SESSION_KEY) ?? newId();
    // A duplicated tab copies sessionStorage: the original still holds the lock, so take a new id.
    if (!(await holdLock(id, 1_500))) {
      id = newId();
      await holdLock(id, 1_500);
    }
    sessionStorage.setItem(SESSION_KEY, id);
    window.addEventListener('pagehide', leave);
    return id;
  })();
  return current;
}

/** The sessions of windows alive now (in this browser profile or Electron app). */
export async function liveSessions(): Promise<Set<string>> {
  if (!navigator.locks) return new Set();
  const state = await navigator.locks.query();
  return new Set((state.held ?? []).map((lock) => lock.name ?? '').filter((name) => name.startsWith(LOCK_PREFIX)).map((name) => name.slice(LOCK_PREFIX.length)));
}
