// Questions about the customer's own order rather than about goods: what it comes to ("what's my total",
// "kitna hua", "was macht das zusammen") and how it can be paid ("can I pay by UPI?", "card chalega?", "kann
// ich mit Karte zahlen?"). Read from the question's shape: a question word or verb of paying with what it is
// about, in English, Hinglish and German (folded).
import { fold } from './text'

const TOTAL = new RegExp(
  [
    // English
    String.raw`\b(?:what(?:'?s| is) (?:my|the) (?:total|bill|cart|order total)|what do i owe|how much (?:is (?:it|that|all that|everything)|do i (?:owe|pay|have to pay)|altogether|all together|in total|will (?:it|that) be|does (?:it|that) come to|(?:is|for) (?:the|my) (?:total|order|cart))|whats? the damage|(?:show|send|tell)(?: me)? (?:my |the )?(?:cart|total|bill)|(?:my|the) total|total (?:please|pls|amount)|what(?:'?s| is) in (?:my|the) (?:cart|order|basket))\b`,
    // Hinglish
    String.raw`\b(?:kitna (?:hua|hoga|bana|banta|ho gaya|hai total|dena hai)|kitne (?:hue|ka hua|paise|rupay|rupaye)(?: (?:hue|hua|hoge|dene))?|total (?:kitna|kya|batao|bata do|bhejo)|kul kitna|cart dikhao|(?:mera|meri) (?:cart|order) (?:dikhao|batao)|bill (?:kitna|batao|bhejo))\b`,
    // German (folded)
    String.raw`\b(?:was (?:macht|kostet|ergibt) (?:das|es|alles)(?: (?:zusammen|insgesamt|jetzt))?|wie ?viel (?:macht|kostet|ist) (?:das|es|alles)(?: (?:zusammen|insgesamt))?|was bin ich (?:schuldig)|(?:die |meine )?summe|gesamtbetrag|was ist (?:im|in meinem) warenkorb|zeig(?:en sie)?(?: mir)? (?:den |meinen )?warenkorb)\b`,
  ].join('|'),
  'u',
)

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

/** The customer asks what the order or cart comes to. */
export function asksForTotal(text: string): boolean {
  return TOTAL.test(fold(text).replace(/\s+/g, ' '))
}

/** The customer asks how the order can be paid. */
export function asksHowToPay(text: string): boolean {
  return HOW_TO_PAY.test(fold(text).replace(/\s+/g, ' '))
}
