// The WhatsApp link's settings: which browser runs WhatsApp Web, whether it starts with the app, and when that
// browser is restarted on purpose (whatsapp/recycle.ts).
import { z } from 'zod'
import { keyedRule } from '../../../shared/contract/texts'
import type { SettingDefs } from '../settings/settings'
import { looksLikeLocalProgramPath } from './browser'

export const WHATSAPP_SETTINGS = {
  /** A Chrome/Edge/Chromium the shop chose; empty: found on its own (see whatsapp/browser.ts). */
  'whatsapp.browserPath': {
    // Whatever is named here is started as a program, so no API call can set it (api.ts refuses the key on
    // settings.set for every caller). It is chosen only at the shop's computer: in the desktop Settings, among
    // the browsers found where browsers are installed (whatsapp.setBrowser, desktop IPC only), or named by the
    // owner with `counterchat config set whatsapp.browserPath PATH`, which also checks the file can be run.
    // Even then it must be a local absolute path (never a network share or a URL).
    schema: z
      .string()
      .trim()
      .max(1000)
      .nullable()
      .refine(
        (v) => v === null || v === '' || looksLikeLocalProgramPath(v),
        keyedRule(
          'zod_browserPath',
          'must be the full path of Chrome, Chromium, Edge or Brave on this computer',
        ),
      ),
    default: null,
  },
  /**
   * WhatsApp starts with the app. Set once the link is ready (linked, not just asked for: a QR nobody scanned
   * must not pop up at the next start), cleared by "Log out", "Switch off" and a logout from the phone. A
   * host starts WhatsApp at start-up only with this set and a saved session.
   */
  'whatsapp.enabled': { schema: z.boolean(), default: false },
  /** Shop-local time (HH:MM, 24 h) of the daily browser restart; empty: never. */
  'whatsapp.recycleAt': {
    schema: z
      .string()
      .trim()
      .refine(
        (v) => /^$|^([01]\d|2[0-3]):[0-5]\d$/.test(v),
        keyedRule('zod_timeOrEmpty', 'a time like 04:00, or empty for never'),
      ),
    default: '04:00',
  },
  /** Restart WhatsApp's browser when all its processes together hold more than this (MiB); 0: never. */
  'whatsapp.recycleAboveMiB': { schema: z.number().int().min(0).max(65_536), default: 1500 },
} satisfies SettingDefs
