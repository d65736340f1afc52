import { Foundation1763700000000 } from './1763700000000-Foundation';

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [Foundation1763700000000];
