/** The entity registry: people, organisations and places with their canonical names, aliases and titles. */
export const ENTITY_KINDS = ['person', 'organisation', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface RegistryEntity {
  id: string;
  kind: EntityKind;
  /** The canonical spelling. */
  name: string;
  note: string;
  /** Other spellings; `correct` ones were marked correct by the desk and raise no warning. */
  aliases: Array<{ alias: string; correct: boolean }>;
  /** Titles held, with the dates (YYYY-MM-DD) they were held from and to, where known. */
  titles: Array<{ id: number; title: string; from: string | null; to: string | null }>;
  createdAt: string;
  updatedAt: string;
}
