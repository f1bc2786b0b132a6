/** Words shown between quotation marks, unless they bring their own (a quote tagged with its marks). */
export const quoted = (words: string): string => (/^["“‘']/.test(words) ? words : `“${words}”`);
