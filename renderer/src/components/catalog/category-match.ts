// Which existing categories a typed text means, best first: for a picker over a catalog with 200+ categories.

export interface CategoryCount {
  name: string
  count: number
}

/** Lower case, accents off ("Gemüse" and "gemuse" meet), spaces collapsed. */
export function foldCategory(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * Categories containing the typed text, ranked: the whole name starts with it, then a word in it does, then it
 * is anywhere inside; ties by how many products the category has (the busy ones first), then by name.
 * An empty text lists them all that way.
 */
export function matchCategories(categories: readonly CategoryCount[], typed: string): CategoryCount[] {
  const q = foldCategory(typed)
  const ranked: { c: CategoryCount; rank: number }[] = []
  for (const c of categories) {
    const name = foldCategory(c.name)
    let rank: number
    if (q === '' || name.startsWith(q)) rank = 0
    else if (name.split(/[\s&/,()-]+/).some((w) => w.startsWith(q))) rank = 1
    else if (name.includes(q)) rank = 2
    else continue
    ranked.push({ c, rank })
  }
  ranked.sort((a, b) => a.rank - b.rank || b.c.count - a.c.count || a.c.name.localeCompare(b.c.name))
  return ranked.map((r) => r.c)
}

/** The existing category the text names exactly (ignoring case and accents), if any. */
export function exactCategory(categories: readonly CategoryCount[], typed: string): CategoryCount | null {
  const q = foldCategory(typed)
  return q === '' ? null : (categories.find((c) => foldCategory(c.name) === q) ?? null)
}
