// Every text the bot sends, in English, Hinglish (Hindi in Latin script, as customers type it on WhatsApp) and
// German. The shop can override any of them per language (setting `conversation.templates`); placeholders in
// braces are filled at send time and a missing one is left visible rather than silently dropped.
export type Language = 'en' | 'hi' | 'de'
export const LANGUAGES: readonly Language[] = ['en', 'hi', 'de']

type Texts = Record<Language, string>

export const TEMPLATES = {
  greeting: {
    en: 'Hello from *{shop}*! 👋\nJust type what you need, e.g. "2 kg onion, 1 bread".\nSend *menu* to see what we have, *status* for your order.',
    hi: 'Namaste! *{shop}* mein aapka swagat hai 👋\nBas likhiye kya chahiye, jaise "2 kg pyaz, 1 bread".\nList dekhne ke liye *menu* bhejiye, order ke liye *status*.',
    de: 'Hallo von *{shop}*! 👋\nSchreiben Sie einfach, was Sie brauchen, z. B. "2 kg Zwiebeln, 1 Brot".\n*Menü* zeigt unser Sortiment, *Status* Ihre Bestellung.',
  },
  help: {
    en: 'Sorry, I did not get that. Just type what you need, e.g. "2 kg onion". Send *menu* for our list or *person* to talk to the shop.',
    hi: 'Maaf kijiye, samajh nahi aaya. Bas likhiye kya chahiye, jaise "2 kg pyaz". List ke liye *menu*, dukaan se baat ke liye *person* bhejiye.',
    de: 'Entschuldigung, das habe ich nicht verstanden. Schreiben Sie einfach, was Sie brauchen, z. B. "2 kg Zwiebeln". *Menü* für unser Sortiment, *Mitarbeiter* für einen Menschen.',
  },
  cartHeader: { en: '🛒 *Your cart*', hi: '🛒 *Aapki cart*', de: '🛒 *Ihr Warenkorb*' },
  cartTotal: { en: '*Total: {total}*', hi: '*Total: {total}*', de: '*Summe: {total}*' },
  cartEmpty: {
    en: 'Your cart is empty. Just type what you need, e.g. "1 kg sugar".',
    hi: 'Aapki cart khaali hai. Bas likhiye kya chahiye, jaise "1 kg cheeni".',
    de: 'Ihr Warenkorb ist leer. Schreiben Sie einfach, was Sie brauchen, z. B. "1 kg Zucker".',
  },
  confirmHint: {
    en: 'Reply *YES* to confirm, or send changes ("also 1 bread", "remove butter").',
    hi: 'Confirm karne ke liye *HAAN* likhiye, ya badlav bhejiye ("1 bread aur", "butter hatao").',
    de: 'Antworten Sie *JA* zum Bestellen, oder schicken Sie Änderungen ("noch 1 Brot", "Butter entfernen").',
  },
  notFound: {
    en: "Sorry, we don't have: {items}",
    hi: 'Maaf kijiye, ye hamare paas nahi hai: {items}',
    de: 'Leider haben wir nicht: {items}',
  },
  rejected: {
    en: 'Could not add "{text}": {reason}',
    hi: '"{text}" add nahi kar paaye: {reason}',
    de: '"{text}" nicht hinzugefügt: {reason}',
  },
  outOfStock: {
    en: '{name} is out of stock right now.',
    hi: '{name} abhi stock mein nahi hai.',
    de: '{name} ist gerade ausverkauft.',
  },
  limitedStock: {
    en: 'Only {qty} of {name} left; I added that many.',
    hi: '{name} sirf {qty} bacha hai; utna add kar diya.',
    de: 'Von {name} sind nur noch {qty} da; so viele habe ich genommen.',
  },
  unitMismatch: {
    en: '{name} is sold per {unit}; please tell me how many {unit}.',
    hi: '{name} {unit} ke hisaab se milta hai; kitne {unit} chahiye?',
    de: '{name} gibt es pro {unit}; wie viele {unit} möchten Sie?',
  },
  cartFull: {
    en: 'Your cart is full ({max} items); {items} not added. Please confirm this order first.',
    hi: 'Cart bhar gayi hai ({max} items); {items} add nahi hua. Pehle ye order confirm kijiye.',
    de: 'Ihr Warenkorb ist voll ({max} Artikel); {items} nicht hinzugefügt. Bitte erst diese Bestellung abschließen.',
  },
  tooMuch: {
    en: '{name}: that is more than we can take in one order.',
    hi: '{name}: itna ek order mein nahi ho sakta.',
    de: '{name}: Das ist zu viel für eine Bestellung.',
  },
  clarify: {
    en: 'Which "{text}" do you mean?\n{options}\nReply with the number.',
    hi: '"{text}" mein se kaunsa?\n{options}\nNumber likh kar bhejiye.',
    de: 'Welches "{text}" meinen Sie?\n{options}\nAntworten Sie mit der Nummer.',
  },
  substitute: {
    en: '{name} is out of stock. Would you like this instead?\n{options}\nReply *1* for yes, *no* to skip.',
    hi: '{name} abhi stock mein nahi hai. Iski jagah ye chalega?\n{options}\nHaan ke liye *1*, nahi to *no* likhiye.',
    de: '{name} ist ausverkauft. Möchten Sie stattdessen das hier?\n{options}\n*1* für ja, *nein* zum Überspringen.',
  },
  skipped: {
    en: 'OK, skipped {name}.',
    hi: 'Theek hai, {name} chhod diya.',
    de: 'In Ordnung, {name} weggelassen.',
  },
  answerPending: {
    en: 'First, please answer this:',
    hi: 'Pehle iska jawab dijiye:',
    de: 'Bitte beantworten Sie zuerst das:',
  },
  answerPendingOnce: {
    en: 'One question is still open. Please answer it; if you reply *YES* again, I will place the order without "{text}".',
    hi: 'Ek sawaal abhi baaki hai. Jawab dijiye; agar phir se *HAAN* likhenge to "{text}" ke bina order kar dunga.',
    de: 'Eine Frage ist noch offen. Bitte beantworten Sie sie; wenn Sie noch einmal *JA* schreiben, bestelle ich ohne "{text}".',
  },
  leftOut: {
    en: 'OK, left out: {items}.',
    hi: 'Theek hai, ye chhod diya: {items}.',
    de: 'In Ordnung, weggelassen: {items}.',
  },
  notedPickup: {
    en: 'OK, you will pick it up from the shop.',
    hi: 'Theek hai, aap dukaan se le jayenge.',
    de: 'In Ordnung, Sie holen es im Laden ab.',
  },
  notedDelivery: {
    en: 'OK, we will deliver it.',
    hi: 'Theek hai, ghar par delivery karenge.',
    de: 'In Ordnung, wir liefern.',
  },
  onlyPickup: {
    en: 'Sorry, we do not deliver; orders are picked up from the shop.',
    hi: 'Maaf kijiye, delivery nahi hoti; order dukaan se lena hoga.',
    de: 'Leider liefern wir nicht; Bestellungen werden im Laden abgeholt.',
  },
  onlyDelivery: {
    en: 'Sorry, we only deliver; there is no pickup from the shop.',
    hi: 'Maaf kijiye, sirf delivery hoti hai; dukaan se pickup nahi.',
    de: 'Leider nur Lieferung; Abholung im Laden gibt es nicht.',
  },
  orderFulfilment: {
    en: 'Order *#{number}*: {fulfilment}\nWe will message you when it is ready.',
    hi: 'Order *#{number}*: {fulfilment}\nTayyar hote hi message karenge.',
    de: 'Bestellung *#{number}*: {fulfilment}\nWir melden uns, sobald sie fertig ist.',
  },
  fulfilmentChange: {
    en: 'To change this, send *person* and the shop will reply.',
    hi: 'Badalne ke liye *person* likhiye, dukaan se reply aayega.',
    de: 'Zum Ändern schreiben Sie *Mitarbeiter*; der Laden antwortet Ihnen.',
  },
  minOrder: {
    en: 'Our minimum order is {min}; your cart is {total}. Please add a little more.',
    hi: 'Minimum order {min} ka hai; aapki cart {total} ki hai. Thoda aur add kijiye.',
    de: 'Unser Mindestbestellwert ist {min}; Ihr Warenkorb hat {total}. Bitte noch etwas hinzufügen.',
  },
  askFulfilment: {
    en: 'Pickup or delivery?\n1. Pickup from the shop\n2. Home delivery\nReply 1 or 2.',
    hi: 'Dukaan se loge ya delivery?\n1. Dukaan se pickup\n2. Ghar par delivery\n1 ya 2 likhiye.',
    de: 'Abholen oder liefern?\n1. Abholung im Laden\n2. Lieferung nach Hause\nAntworten Sie 1 oder 2.',
  },
  askAddress: {
    en: 'Please send your delivery address.',
    hi: 'Apna delivery address bhejiye.',
    de: 'Bitte schicken Sie Ihre Lieferadresse.',
  },
  orderPlaced: {
    en: '✅ Order *#{number}* placed. Total *{total}*.\n{fulfilment}\nWe will message you when it is accepted. Send *status* any time.',
    hi: '✅ Order *#{number}* ho gaya. Total *{total}*.\n{fulfilment}\nAccept hote hi message karenge. Kabhi bhi *status* bhejiye.',
    de: '✅ Bestellung *#{number}* aufgegeben. Summe *{total}*.\n{fulfilment}\nWir melden uns, sobald sie angenommen ist. *Status* jederzeit möglich.',
  },
  fulfilPickup: { en: 'Pickup from the shop.', hi: 'Dukaan se pickup.', de: 'Abholung im Laden.' },
  fulfilDelivery: {
    en: 'Delivery to: {address}',
    hi: 'Delivery yahan: {address}',
    de: 'Lieferung an: {address}',
  },
  cartCancelled: {
    en: 'OK, your cart is cleared. Type what you need any time.',
    hi: 'Theek hai, cart khaali kar di. Jab chahe naya order likhiye.',
    de: 'In Ordnung, Ihr Warenkorb ist geleert. Schreiben Sie jederzeit, was Sie brauchen.',
  },
  orderCancelled: {
    en: 'Order #{number} is cancelled.',
    hi: 'Order #{number} cancel ho gaya.',
    de: 'Bestellung #{number} ist storniert.',
  },
  cannotCancel: {
    en: 'Order #{number} is already {status}; please call the shop to change it.',
    hi: 'Order #{number} already {status} hai; badalne ke liye dukaan ko call kijiye.',
    de: 'Bestellung #{number} ist schon {status}; für Änderungen rufen Sie bitte den Laden an.',
  },
  nothingToCancel: {
    en: 'There is nothing to cancel.',
    hi: 'Cancel karne ko kuch nahi hai.',
    de: 'Es gibt nichts zu stornieren.',
  },
  statusReply: {
    en: 'Order *#{number}* ({total}): {status}.',
    hi: 'Order *#{number}* ({total}): {status}.',
    de: 'Bestellung *#{number}* ({total}): {status}.',
  },
  noOrders: {
    en: 'You have no orders yet. Just type what you need.',
    hi: 'Abhi koi order nahi hai. Bas likhiye kya chahiye.',
    de: 'Sie haben noch keine Bestellung. Schreiben Sie einfach, was Sie brauchen.',
  },
  human: {
    en: 'OK, someone from the shop will reply to you here soon. 🙏',
    hi: 'Theek hai, dukaan se koi jaldi yahin reply karega. 🙏',
    de: 'In Ordnung, jemand aus dem Laden antwortet Ihnen hier bald. 🙏',
  },
  complaint: {
    en: 'Sorry about that! Someone from the shop will look at it and reply to you here soon. 🙏',
    hi: 'Maaf kijiye! Dukaan se koi dekh kar jaldi yahin reply karega. 🙏',
    de: 'Das tut uns leid! Jemand aus dem Laden sieht es sich an und antwortet Ihnen hier bald. 🙏',
  },
  thanks: { en: 'Thank you! 🙏', hi: 'Dhanyavaad! 🙏', de: 'Danke! 🙏' },
  away: {
    en: '🌙 We are closed now and open again {when}.',
    hi: '🌙 Abhi dukaan band hai, {when} khulegi.',
    de: '🌙 Wir haben gerade geschlossen und öffnen wieder {when}.',
  },
  awayTakingOrders: {
    en: 'You can still order; we will handle it when we open.',
    hi: 'Order abhi bhi de sakte hain; dukaan khulte hi bhejenge.',
    de: 'Sie können trotzdem bestellen; wir bearbeiten es nach dem Öffnen.',
  },
  price: { en: '*{name}*: {price}', hi: '*{name}*: {price}', de: '*{name}*: {price}' },
  priceOptions: {
    en: 'We have:\n{options}\nJust type the quantity and name to order.',
    hi: 'Hamare paas hai:\n{options}\nOrder ke liye quantity aur naam likhiye.',
    de: 'Wir haben:\n{options}\nZum Bestellen einfach Menge und Namen schreiben.',
  },
  priceUnknown: {
    en: 'Which item? e.g. "price of sugar".',
    hi: 'Kaunsa saaman? jaise "cheeni ka rate".',
    de: 'Welcher Artikel? z. B. "Preis Zucker".',
  },
  catalogHeader: {
    en: '*{shop}* — page {page} of {pages}',
    hi: '*{shop}* — page {page} / {pages}',
    de: '*{shop}* — Seite {page} von {pages}',
  },
  catalogMore: {
    en: 'Reply *{next}* for more ({category}…), or type what you need.',
    hi: 'Aur dekhne ke liye *{next}* likhiye ({category}…), ya order likhiye.',
    de: 'Antworten Sie *{next}* für mehr ({category}…), oder schreiben Sie Ihre Bestellung.',
  },
  catalogEnd: {
    en: 'Type what you need, e.g. "2 kg onion".',
    hi: 'Jo chahiye likhiye, jaise "2 kg pyaz".',
    de: 'Schreiben Sie, was Sie brauchen, z. B. "2 kg Zwiebeln".',
  },
  catalogEmpty: {
    en: 'Our list is not online yet; just type what you need and we will check.',
    hi: 'Hamari list abhi online nahi hai; bas likhiye kya chahiye.',
    de: 'Unser Sortiment ist noch nicht online; schreiben Sie einfach, was Sie brauchen.',
  },
  outOfStockMark: { en: 'out of stock', hi: 'stock khatam', de: 'ausverkauft' },
  textOnly: {
    en: 'I can only read text messages. Please type your order.',
    hi: 'Main sirf text padh sakta hoon. Order likh kar bhejiye.',
    de: 'Ich kann nur Textnachrichten lesen. Bitte tippen Sie Ihre Bestellung.',
  },
  tooLong: {
    en: 'Your message was very long; I only read the beginning.',
    hi: 'Message bahut lamba tha; maine sirf shuru ka hissa padha.',
    de: 'Ihre Nachricht war sehr lang; ich habe nur den Anfang gelesen.',
  },
  slowDown: {
    en: 'You are sending messages very fast; I will read again in a minute.',
    hi: 'Aap bahut tezi se message bhej rahe hain; ek minute baad phir padhunga.',
    de: 'Sie schicken sehr schnell Nachrichten; ich lese in einer Minute weiter.',
  },
  // Order updates from the queue.
  status_accepted: {
    en: '👍 Order #{number} accepted. We are packing it.',
    hi: '👍 Order #{number} accept ho gaya. Pack kar rahe hain.',
    de: '👍 Bestellung #{number} angenommen. Wir packen sie.',
  },
  status_packed: {
    en: '📦 Order #{number} is packed.',
    hi: '📦 Order #{number} pack ho gaya.',
    de: '📦 Bestellung #{number} ist gepackt.',
  },
  status_ready: {
    en: '✅ Order #{number} is ready for pickup. Total {total}.',
    hi: '✅ Order #{number} pickup ke liye tayyar hai. Total {total}.',
    de: '✅ Bestellung #{number} liegt zur Abholung bereit. Summe {total}.',
  },
  status_out_for_delivery: {
    en: '🛵 Order #{number} is on its way.',
    hi: '🛵 Order #{number} raste mein hai.',
    de: '🛵 Bestellung #{number} ist unterwegs.',
  },
  status_completed: {
    en: 'Order #{number} is complete. Thank you for shopping with {shop}! 🙏',
    hi: 'Order #{number} poora hua. {shop} se kharidne ke liye dhanyavaad! 🙏',
    de: 'Bestellung #{number} ist abgeschlossen. Danke für Ihren Einkauf bei {shop}! 🙏',
  },
  status_rejected: {
    en: 'Sorry, we cannot take order #{number}: {reason}',
    hi: 'Maaf kijiye, order #{number} nahi le paayenge: {reason}',
    de: 'Leider können wir Bestellung #{number} nicht annehmen: {reason}',
  },
  status_cancelled: {
    en: 'Order #{number} has been cancelled. {reason}',
    hi: 'Order #{number} cancel ho gaya hai. {reason}',
    de: 'Bestellung #{number} wurde storniert. {reason}',
  },
  orderEdited: {
    en: 'We changed order #{number}:\n{changes}\nNew total: *{total}*',
    hi: 'Order #{number} mein badlav:\n{changes}\nNaya total: *{total}*',
    de: 'Wir haben Bestellung #{number} geändert:\n{changes}\nNeue Summe: *{total}*',
  },
  editQty: { en: '{name}: now {qty}', hi: '{name}: ab {qty}', de: '{name}: jetzt {qty}' },
  editRemoved: { en: '{name}: removed', hi: '{name}: hata diya', de: '{name}: entfernt' },
  editSubstitute: {
    en: '{name} replaced by {with} ({qty})',
    hi: '{name} ki jagah {with} ({qty})',
    de: '{name} ersetzt durch {with} ({qty})',
  },
  // Status names as the customer reads them.
  name_new: {
    en: 'received, waiting for the shop',
    hi: 'mil gaya, dukaan dekh rahi hai',
    de: 'eingegangen, wartet auf den Laden',
  },
  name_accepted: {
    en: 'accepted, being packed',
    hi: 'accept ho gaya, pack ho raha hai',
    de: 'angenommen, wird gepackt',
  },
  name_packed: { en: 'packed', hi: 'pack ho gaya', de: 'gepackt' },
  name_ready: { en: 'ready for pickup', hi: 'pickup ke liye tayyar', de: 'abholbereit' },
  name_out_for_delivery: { en: 'out for delivery', hi: 'delivery ke liye nikal gaya', de: 'unterwegs' },
  name_completed: { en: 'completed', hi: 'poora hua', de: 'abgeschlossen' },
  name_rejected: { en: 'rejected', hi: 'reject hua', de: 'abgelehnt' },
  name_cancelled: { en: 'cancelled', hi: 'cancel hua', de: 'storniert' },
} satisfies Record<string, Texts>

export type TemplateKey = keyof typeof TEMPLATES

export function isTemplateKey(key: string): key is TemplateKey {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, key)
}

export type TemplateOverrides = Partial<Record<string, Partial<Record<Language, string>>>>

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))]
}

/** The text for one template in one language with its placeholders filled. */
export function renderTemplate(
  key: TemplateKey,
  lang: Language,
  vars: Record<string, string | number> = {},
  overrides: TemplateOverrides = {},
): string {
  const text = overrides[key]?.[lang] ?? TEMPLATES[key][lang]
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  )
}
