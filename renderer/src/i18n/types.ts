// de.ts and hi.ts are typed as "the same keys as en.ts", so a missing or misspelt key fails the type check.
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }
import type { en } from './en'
export type Resources = Strings<typeof en>
