import type { ReactNode } from 'react'

// WhatsApp's own light formatting, shown as the customer's phone shows it: *bold*, _italic_, ~strike~.
// Built from React elements (never HTML), so nothing a customer types can become markup.
const MARK = /([*_~])(?=\S)([^*_~\n]*?\S)\1/g
const TAGS = { '*': 'strong', _: 'em', '~': 's' } as const

export function WaText({ text }: { text: string }) {
  const out: ReactNode[] = []
  let last = 0
  for (const m of text.matchAll(MARK)) {
    const at = m.index
    // A marker counts only at a word edge: "2*3*4" stays as typed.
    const before = at > 0 ? text[at - 1]! : ' '
    const after = text[at + m[0].length] ?? ' '
    if (/\w/.test(before) || /\w/.test(after)) continue
    if (at > last) out.push(text.slice(last, at))
    const Tag = TAGS[m[1] as keyof typeof TAGS]
    out.push(<Tag key={at}>{m[2]}</Tag>)
    last = at + m[0].length
  }
  if (last < text.length) out.push(text.slice(last))
  return <>{out}</>
}
