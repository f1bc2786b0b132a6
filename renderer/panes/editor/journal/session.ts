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

/** Take the session's lock, waiting up to `waitMs` (a reloaded tab's previous page releases it within moments). */
async function holdLock(id: string, waitMs: number): Promise<boolean> {
  if (!navigator.locks) return true;
  return new Promise<boolean>((resolve) => {
    navigator.locks
      .request(`${LOCK_PREFIX}${id}`, { signal: AbortSignal.timeout(waitMs) }, () => {
        resolve(true);
        // Held until the window goes away.
        return new Promise<never>(() => {});
      })
      .catch(() => resolve(false));
  });
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
