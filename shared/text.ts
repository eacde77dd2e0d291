// Names people see (products, categories, aliases, customers, the shop) never carry control characters: a NUL
// or an escape code pasted from a spreadsheet or sent by a phone would end up on screens, slips and in CSV.
// Line breaks and tabs become a space; every other C0/C1 control character is dropped.

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g

export function cleanName(text: string): string {
  return text.replace(BREAKS, ' ').replace(CONTROL, '').replace(/ {2,}/g, ' ').trim()
}
