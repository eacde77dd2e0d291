// "Same as last time": which earlier order a customer means. The latest one that went through (not rejected
// or cancelled), WhatsApp or a counter sale on their phone alike.
import { stmt, type DB } from '../db/connection'
import type { OrderRow } from './repository'

export function lastRepeatableOrder(db: DB, chat: string): OrderRow | undefined {
  return stmt(
    db,
    `SELECT * FROM orders WHERE chat = ? AND status NOT IN ('rejected', 'cancelled')
     ORDER BY created_at DESC, number DESC LIMIT 1`,
  ).get(chat) as OrderRow | undefined
}
