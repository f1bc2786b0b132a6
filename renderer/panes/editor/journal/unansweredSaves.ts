/** More than this many different drafts sent on one version and never answered: the oldest are forgotten. */
const MOST = 32;

/**
 * The saves sent on the current base version that no answer has settled: a crash, a kill or a
 * reload that cut an answer off leaves it unknown whether the library committed that save. Any
 * one of them may be the library's next version (only one can be: each is made on the same
 * version). Their digests go into the journal, so that a reopened window recognises its own
 * save in the library instead of taking it for another window's, and a retry that the server
 * refuses as a conflict is recognised the same way.
 */
export class UnansweredSaves {
  private base: number | undefined;
  private digests: string[] = [];

  /** A save of the draft with `draftDigest` is about to be sent on `base`. */
  sending(base: number, draftDigest: string): void {
    if (base !== this.base) {
      this.base = base;
      this.digests = [];
    }
    if (!this.digests.includes(draftDigest)) this.digests = [...this.digests, draftDigest].slice(-MOST);
  }

  /** A save was committed and answered: the library's version is known again. */
  answered(): void {
    this.base = undefined;
    this.digests = [];
  }

  /** The version the saves were sent on, while any is unanswered. */
  get sentOn(): number | undefined {
    return this.base;
  }

  /** The digests of the saves sent on `base` and not answered. */
  on(base: number): string[] {
    return base === this.base ? this.digests : [];
  }

  /** Whether the library's `version`, whose draft has `storedDigest`, is one of these saves, committed. */
  committed(version: number, storedDigest: string): boolean {
    return this.base !== undefined && version === this.base + 1 && this.digests.includes(storedDigest);
  }
}
