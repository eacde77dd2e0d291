// The errors every area throws and the dispatcher turns into the contract's codes (api.ts `toApiError`):
// the message is for the shopkeeper, in plain words.

/**
 * The message as a key (renderer i18n `errors.<key>`) and its values, so the screens say it in the shopkeeper's
 * language; the English `message` stays for the CLI, the log and anything that has no translation.
 */
export interface ErrorText {
  key: string
  params?: Record<string, string | number>
}

class ShopError extends Error {
  constructor(
    message: string,
    readonly text?: ErrorText,
  ) {
    super(message)
  }
}

/** Something named by the caller does not exist (a SKU, an order, a backup): `not_found`. */
export class NotFoundError extends ShopError {}

/** The request is well formed but clashes with the current state (a duplicate SKU, an order already done): `conflict`. */
export class ConflictError extends ShopError {}

/** This caller may not do this (a LAN device changing payment settings): `not_allowed`. */
export class NotAllowedError extends ShopError {}

/** A setting's key is unknown or its value does not fit: `invalid_args`. */
export class SettingError extends ShopError {}
