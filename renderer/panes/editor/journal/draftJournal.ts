/**
 * The renderer's journal of edits the main process (or server) has not yet
 * acknowledged, in IndexedDB: one entry per story and window session, holding the
 * whole draft and the version it was based on. It survives a crash or reload of
 * this window and the death of the server or main process; on the next open the
 * entry is replayed (see recovery.ts) and deleted once the server has the text.
 */
export interface JournalEntry {
  storyId: string;
  /** The window session that wrote it (see session.ts). */
  sessionId: string;
  /** The stored version these edits were made on. */
  baseVersion: number;
  /** The draft as on screen, JSON (a string clones fast, whatever the story's size). */
  draft: string;
  /** The digests of the drafts of saves sent on `baseVersion` and not answered (one may have been committed). */
  sentDigests?: string[];
  /** One such digest, as entries written before `sentDigests` hold it. */
  sentDigest?: string;
  updatedAt: number;
}

const DB_NAME = 'copydesk-journal';
const STORE = 'drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export interface DraftJournal {
  put(entry: JournalEntry): Promise<void>;
  remove(storyId: string, sessionId: string): Promise<void>;
  entriesFor(storyId: string): Promise<JournalEntry[]>;
}

let opening: Promise<DraftJournal> | undefined;

/** The journal of this origin (browser mode: per port; Electron: per app). */
export function openDraftJournal(factory: IDBFactory = indexedDB): Promise<DraftJournal> {
  opening ??= (async () => {
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore(STORE, { keyPath: ['storyId', 'sessionId'] });
      store.createIndex('storyId', 'storyId');
    };
    const db = await request(open);
    const tx = (mode: IDBTransactionMode) => db.transaction(STORE, mode, { durability: 'strict' }).objectStore(STORE);
    /** One change, committed at once rather than when the task ends: a window being closed may not see it end. */
    const change = async (make: (store: IDBObjectStore) => IDBRequest) => {
      const store = tx('readwrite');
      const made = make(store);
      store.transaction.commit?.();
      await request(made);
    };
    return {
      put: (entry) => change((store) => store.put(entry)),
      remove: (storyId, sessionId) => change((store) => store.delete([storyId, sessionId])),
      async entriesFor(storyId) {
        return request(tx('readonly').index('storyId').getAll(storyId) as IDBRequest<JournalEntry[]>);
      },
    } satisfies DraftJournal;
  })();
  opening.catch(() => {
    opening = undefined;
  });
  return opening;
}

/** A short digest of a draft, to recognise "the save that was sent" after a crash (cyrb53). */
export function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
