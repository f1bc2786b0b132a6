/** Text rules of the fields above the body. */

/** "Ana Reyes, Tomasz Wiśniewski" → two authors; empty entries dropped. */
export function authorsFromText(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** "Harbour Ferry: Night trial!" → "harbour-ferry-night-trial": what a slug may hold (lower case, digits, single hyphens). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
