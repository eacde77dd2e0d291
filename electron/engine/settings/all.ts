// Every setting the engine knows: the shop's own and each area's declaration, combined once. createEngine builds
// its Settings over this; nothing else imports it (an area takes a SettingsReader of the declarations it uses, so
// no arrow runs from an area back up to here). A key declared by two areas stops the engine at load.
import { combineSettings } from './settings'
import { SHOP_SETTINGS } from './shop'
import { CONVERSATION_SETTINGS } from '../conversation/settings'
import { LIMIT_SETTINGS } from '../messaging/limits'
import { PAYMENT_SETTINGS } from '../payments/settings'
import { KHATA_SETTINGS } from '../khata/settings'
import { RECEIPT_SETTINGS } from '../receipts/settings'
import { WHATSAPP_SETTINGS } from '../whatsapp/settings'

export const ENGINE_SETTINGS = combineSettings(
  SHOP_SETTINGS,
  CONVERSATION_SETTINGS,
  LIMIT_SETTINGS,
  PAYMENT_SETTINGS,
  KHATA_SETTINGS,
  RECEIPT_SETTINGS,
  WHATSAPP_SETTINGS,
)

export type EngineSettingDefs = typeof ENGINE_SETTINGS
