/** What quitting waits for: the core's shutdown (jobs stopped, the backup on quit, WAL checkpointed, lock released). */
export interface ShutsDown {
  shutdown(): Promise<void>;
}

/**
 * Quitting (menu, Cmd/Ctrl+Q, the last window closed, the OS logging out) is held until the
 * core has shut down, then goes ahead. `takeCore` hands over the open core once (and forgets
 * it), so the quit that follows is not held again.
 */
/** The part of Electron's app that quitting uses. */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

export function holdQuitUntilShutdown(app: QuittingApp, takeCore: () => ShutsDown | undefined): void {
  app.on('will-quit', (event) => {
    const closing = takeCore();
    if (!closing) return;
    event.preventDefault();
    void closing.shutdown().finally(() => app.quit());
  });
}
