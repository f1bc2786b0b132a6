export const LIBRARY_SEARCH_ID = 'library-search';

/**
 * Cmd/Ctrl+F ("findInPane") while the focus is in the library pane: focus its search box.
 * Returns false when the focus is elsewhere, so the command can go to the editor's find.
 */
export function routeFindToLibrary(active: Element | null = document.activeElement): boolean {
  if (!active?.closest('.library-pane')) return false;
  const input = document.getElementById(LIBRARY_SEARCH_ID) as HTMLInputElement | null;
  if (!input) return false;
  input.focus();
  input.select();
  return true;
}

/**
 * Enter in the library: put the caret in the story body. When another story is opening,
 * wait (up to a few seconds) for its editor to replace `previous`.
 */
export function focusStoryBody(previous: Element | null | undefined): void {
  const started = performance.now();
  const attempt = () => {
    const body = document.querySelector<HTMLElement>('.story-body');
    if (body && body !== previous) {
      body.focus();
      return;
    }
    if (performance.now() - started < 5_000) requestAnimationFrame(attempt);
  };
  attempt();
}
