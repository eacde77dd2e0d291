// The errors every area throws and the dispatcher turns into the contract's codes (api.ts `toApiError`):
// the message is for the shopkeeper, in plain words.

/** Something named by the caller does not exist (a SKU, an order, a backup): `not_found`. */
export class NotFoundError extends Error {}

/** The request is well formed but clashes with the current state (a duplicate SKU, an order already done): `conflict`. */
export class ConflictError extends Error {}

/** This caller may not do this (a LAN device changing payment settings): `not_allowed`. */
export class NotAllowedError extends Error {}

/** A setting's key is unknown or its value does not fit: `invalid_args`. */
export class SettingError extends Error {}
