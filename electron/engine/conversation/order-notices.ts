// What the customer reads when the shop moves or edits their order: orders announce what happened
// (orders/service.ts `Announce`), this words it through the voice in the chat's language and queues it. It runs
// inside the order's transaction, so the message row commits with the status change or not at all.
import type { Announce, LineChangeMade } from '../orders/service'
import { qtyText } from './format'
import type { Speaker, Voice } from '../voice/voice'
import { money } from '../voice/voice'
import type { TemplateKey } from '../voice/templates'

/** The outbox's enqueue, as much of it as a notice needs. */
export type QueueNotice = (m: { chat: string; text: string; origin: 'status'; orderNumber: number }) => void

export function orderNotices(d: { voice: Voice; send: QueueNotice }): Announce {
  return (a) => {
    const speak = d.voice.for(a.chat)
    const text =
      a.kind === 'status'
        ? speak
            .t(`status_${a.status}` as TemplateKey, {
              number: a.number,
              total: money(a.total, a.currency),
              reason: a.reason ?? (a.status === 'rejected' ? speak.t('rejectedNoReason') : ''),
            })
            .trim()
        : speak.t('orderEdited', {
            number: a.number,
            changes: changeText(speak, a.change),
            total: money(a.total, a.currency),
          })
    d.send({ chat: a.chat, text, origin: 'status', orderNumber: a.number })
  }
}

function changeText(speak: Speaker, c: LineChangeMade): string {
  if (c.kind === 'remove') return speak.t('editRemoved', { name: c.name })
  if (c.kind === 'qty') return speak.t('editQty', { name: c.name, qty: qtyText(c.qty, c.unit, speak.locale) })
  return speak.t('editSubstitute', { name: c.name, with: c.with, qty: qtyText(c.qty, c.unit, speak.locale) })
}
