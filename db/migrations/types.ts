import type { Db } from '../handle';

export interface Migration {
  /** Becomes the library's `user_version` once applied. Numbers are consecutive from 1. */
  version: number;
  name: string;
  up(db: Db): void;
}
