// How the customer can pay ("can I pay by UPI?", "gpay chalega?", "kann ich mit Karte zahlen?"): a question
// about the order rather than about goods, read from its shape (a verb or question of paying with the means
// of payment), in English, Hinglish and German (folded). What the order comes to is a status question
// (intent.ts).
import { fold } from './text'

const PAY_WORDS = String.raw`(?:upi|gpay|google pay|phonepe|phone pe|paytm|bhim|card|credit card|debit card|cash|online|net ?banking|bank transfer|qr|scan|paypal|ec[- ]?karte|girokarte|karte|bargeld|uberweisung|kreditkarte)`

const HOW_TO_PAY = new RegExp(
  [
    // English: "can I pay by upi", "do you take card", "is cash ok", "how do I pay", "payment options?"
    String.raw`\b(?:(?:can|could|may) (?:i|we) pay|how (?:do|can|should) (?:i|we) pay|how to pay|pay (?:by|with|via|through|using|in|on) ${PAY_WORDS}|(?:do|can) you (?:take|accept|have) ${PAY_WORDS}|(?:is|will) ${PAY_WORDS} (?:ok|okay|fine|possible|accepted|work)|payment (?:options?|methods?|modes?)|${PAY_WORDS} (?:on|at) delivery|cod\b|cash on delivery|(?:send|share) (?:your |the )?(?:upi|qr|payment link|account))`,
    // Hinglish: "payment kaise karu", "upi chalega?", "gpay kar du?", "paise kaise bheju"
    String.raw`\b(?:payment kaise|paise kaise|pay kaise|kaise pay|${PAY_WORDS} (?:chalega|chalta hai|le lete|lete ho|loge|kar (?:du|doon|dun|sakte)|se (?:de|du|doon|dunga|pay))|upi (?:id|number) (?:do|bhejo|batao|dedo))`,
    // German: "kann ich mit Karte zahlen", "nehmt ihr PayPal", "wie kann ich bezahlen"
    String.raw`\b(?:kann (?:ich|man) (?:(?:mit |per |in )?${PAY_WORDS} |bar )?(?:be)?zahlen|wie (?:kann|soll) (?:ich|man) (?:be)?zahlen|(?:nehmt|nehmen) (?:ihr|sie) ${PAY_WORDS}|zahlung (?:mit|per) ${PAY_WORDS}|${PAY_WORDS} (?:moglich|ok))`,
  ].join('|'),
  'u',
)

/** The customer asks how the order can be paid. */
export function asksHowToPay(text: string): boolean {
  return HOW_TO_PAY.test(fold(text).replace(/\s+/g, ' '))
}
