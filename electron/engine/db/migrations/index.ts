// Every schema change is a numbered migration listed here. Numbers are append-only; never edit a released one.
// Ranges by area keep parallel work from colliding: 1-9 core, 10-19 messaging/conversation/orders, 20-29 payments, 30-39 WhatsApp, 40-49 counter/khata, 50-59 chats.
// Applied versions are recorded one by one (migrate.ts), so a lower number merged after a higher one still runs.
import type { Migration } from '../migrate'
import { m0001 } from './0001_catalog'
import { m0002 } from './0002_settings'
import { m0005 } from './0005_catalog_search'
import { m0006 } from './0006_catalog_version'
import { m0010 } from './0010_messaging_orders'
import { m0011 } from './0011_order_queue_indexes'
import { m0012 } from './0012_outbox_sending_index'
import { m0015 } from './0015_chat_language'
import { m0016 } from './0016_outbox_merged'
import { m0020 } from './0020_payments'
import { m0021 } from './0021_outbox_images'
import { m0022 } from './0022_payment_attempts'
import { m0030 } from './0030_inbound_media'
import { m0040 } from './0040_counter_khata'
import { m0050 } from './0050_chat_labels'

export const MIGRATIONS: readonly Migration[] = [
  m0001,
  m0002,
  m0005,
  m0006,
  m0010,
  m0011,
  m0012,
  m0015,
  m0016,
  m0020,
  m0021,
  m0022,
  m0030,
  m0040,
  m0050,
]
