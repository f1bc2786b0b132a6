/** Telling whether two spellings name the same person: nicknames, small misspellings, transliterations. */

const NICKNAME_GROUPS: readonly string[][] = [
  ['michael', 'mike', 'mick', 'mikey'],
  ['william', 'bill', 'will', 'billy', 'liam'],
  ['robert', 'bob', 'rob', 'bobby', 'robbie', 'bert'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['joseph', 'joe', 'joey'],
  ['thomas', 'tom', 'tommy'],
  ['richard', 'rick', 'dick', 'rich', 'ricky'],
  ['anthony', 'tony'],
  ['steven', 'stephen', 'steve'],
  ['david', 'dave', 'davey'],
  ['daniel', 'dan', 'danny'],
  ['christopher', 'chris'],
  ['matthew', 'matt'],
  ['nicholas', 'nick', 'nicky'],
  ['alexander', 'alex', 'sasha', 'alec'],
  ['samuel', 'sam', 'sammy'],
  ['benjamin', 'ben', 'benny'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['andrew', 'andy', 'drew'],
  ['peter', 'pete'],
  ['gregory', 'greg'],
  ['jeffrey', 'geoffrey', 'jeff', 'geoff'],
  ['kenneth', 'ken', 'kenny'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['lawrence', 'laurence', 'larry'],
  ['gerald', 'jerry', 'gerry'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kathy', 'cathy', 'kat'],
  ['elizabeth', 'liz', 'beth', 'betty', 'lizzie', 'eliza'],
  ['susan', 'sue', 'susie'],
  ['jennifer', 'jen', 'jenny'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['patrick', 'pat', 'paddy'],
  ['vladimir', 'vlad', 'volodymyr'],
  ['nathan', 'nathaniel', 'nate'],
  ['charles', 'charlie', 'chuck'],
  ['henry', 'hank', 'harry'],
  ['john', 'jack', 'johnny'],
  ['jonathan', 'jon'],
  ['timothy', 'tim'],
  ['frederick', 'fred', 'freddie'],
  ['albert', 'al', 'bert'],
  ['margaret', 'meg', 'maggie', 'peggy'],
  ['theodore', 'ted', 'theo'],
  ['abraham', 'abe'],
  ['douglas', 'doug'],
  ['rebecca', 'becky'],
  ['deborah', 'debbie', 'deb'],
  ['victoria', 'vicky', 'tori'],
  ['joshua', 'josh'],
  ['zachary', 'zach'],
  ['jacob', 'jake'],
  ['philip', 'phillip', 'phil'],
  ['leonard', 'leo', 'len'],
  ['raymond', 'ray'],
  ['walter', 'walt'],
  ['eugene', 'gene'],
  ['francis', 'frank'],
  ['franklin', 'frank'],
  ['terence', 'terrence', 'terry'],
  ['timothy', 'tim'],
];

const NICKNAMES = new Map<string, Set<number>>();
NICKNAME_GROUPS.forEach((group, index) => {
  for (const name of group) NICKNAMES.set(name, new Set([...(NICKNAMES.get(name) ?? []), index]));
});

export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'");
}

/** Levenshtein distance, bounded: returns max + 1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export function areNicknames(a: string, b: string): boolean {
  const x = NICKNAMES.get(fold(a));
  const y = NICKNAMES.get(fold(b));
  return x !== undefined && y !== undefined && [...x].some((group) => y.has(group));
}

export type NameRelation = 'same' | 'first-name-variant' | 'spelling-variant' | 'different';

/**
 * How two person names relate: the same spelling, the same person under a variant first name
 * ("Michael Waltz" / "Mike Waltz"), a spelling variant ("Zelensky" / "Zelenskyy"), or different people.
 */
export function compareNames(a: string, b: string): NameRelation {
  const wa = fold(a).split(/\s+/).filter(Boolean);
  const wb = fold(b).split(/\s+/).filter(Boolean);
  if (wa.length === 0 || wb.length === 0) return 'different';
  if (wa.join(' ') === wb.join(' ')) return 'same';
  const lastA = wa[wa.length - 1]!;
  const lastB = wb[wb.length - 1]!;
  const firstA = wa.length > 1 ? wa[0]! : undefined;
  const firstB = wb.length > 1 ? wb[0]! : undefined;
  if (lastA === lastB) {
    if (!firstA || !firstB) return 'same';
    if (firstA === firstB) return wa.length === wb.length ? 'spelling-variant' : 'same';
    if (areNicknames(firstA, firstB)) return 'first-name-variant';
    if (firstA.length >= 4 && firstB.length >= 4 && editDistance(firstA, firstB, 2) <= 2 && firstA[0] === firstB[0]) return 'spelling-variant';
    return 'different';
  }
  const lastClose = Math.min(lastA.length, lastB.length) >= 5 && editDistance(lastA, lastB, 2) <= (firstA && firstB ? 2 : 1) && lastA[0] === lastB[0];
  if (!lastClose) return 'different';
  if (!firstA || !firstB || firstA === firstB || areNicknames(firstA, firstB)) return 'spelling-variant';
  return 'different';
}
