// Every text the customer reads, in English, Hinglish (Hindi in Latin script, as customers type it on WhatsApp),
// German and Hindi in Devanagari. The shop can override any of them per language (setting
// `conversation.templates`); placeholders in braces are filled at send time and a missing one is left visible
// rather than silently dropped.
import { LANGUAGES, type Language } from '../../../shared/contract/languages'

export { LANGUAGES, type Language }

type Texts = Record<Language, string>

export const TEMPLATES = {
  greeting: {
    en: 'Hello from *{shop}*! 👋\nJust type what you need, e.g. "2 kg onion, 1 bread".\nSend *menu* to see what we have, *status* for your order.',
    hi: 'Namaste! *{shop}* mein aapka swagat hai 👋\nBas likhiye kya chahiye, jaise "2 kg pyaz, 1 bread".\nList dekhne ke liye *menu* bhejiye, order ke liye *status*.',
    de: 'Hallo von *{shop}*! 👋\nSchreiben Sie einfach, was Sie brauchen, z. B. "2 kg Zwiebeln, 1 Brot".\n*Menü* zeigt unser Sortiment, *Status* Ihre Bestellung.',
    'hi-Deva':
      'नमस्ते! *{shop}* में आपका स्वागत है 👋\nबस लिखिए क्या चाहिए, जैसे "2 किलो प्याज़, 1 ब्रेड"।\nसामान की सूची के लिए *menu*, ऑर्डर के लिए *status* भेजिए।',
  },
  help: {
    en: 'Sorry, I did not get that. Just type what you need, e.g. "2 kg onion". Send *menu* for our list or *person* to talk to the shop.',
    hi: 'Maaf kijiye, samajh nahi aaya. Bas likhiye kya chahiye, jaise "2 kg pyaz". List ke liye *menu*, dukaan se baat ke liye *person* bhejiye.',
    de: 'Entschuldigung, das habe ich nicht verstanden. Schreiben Sie einfach, was Sie brauchen, z. B. "2 kg Zwiebeln". *Menü* für unser Sortiment, *Mitarbeiter* für einen Menschen.',
    'hi-Deva':
      'माफ़ कीजिए, समझ नहीं आया। बस लिखिए क्या चाहिए, जैसे "2 किलो प्याज़"। सूची के लिए *menu*, दुकान से बात के लिए *person* भेजिए।',
  },
  cartHeader: {
    en: '🛒 *Your cart*',
    hi: '🛒 *Aapki cart*',
    de: '🛒 *Ihr Warenkorb*',
    'hi-Deva': '🛒 *आपकी कार्ट*',
  },
  cartTotal: {
    en: '*Total: {total}*',
    hi: '*Total: {total}*',
    de: '*Summe: {total}*',
    'hi-Deva': '*कुल: {total}*',
  },
  priceInstead: {
    en: 'Instead we have *{name}*: {price}',
    hi: 'Iski jagah *{name}* hai: {price}',
    de: 'Stattdessen haben wir *{name}*: {price}',
    'hi-Deva': 'इसकी जगह *{name}* है: {price}',
  },
  askWhatNeeded: {
    en: 'Sure! What would you like? Just type it, e.g. "2 kg onion, 1 bread".',
    hi: 'Ji bilkul! Kya chahiye? Bas likhiye, jaise "2 kg pyaz, 1 bread".',
    de: 'Gern! Was darf es sein? Schreiben Sie einfach, z. B. "2 Brezeln, 1 Brot".',
    'hi-Deva': 'जी बिल्कुल! क्या चाहिए? बस लिखिए, जैसे "2 किलो प्याज़, 1 ब्रेड"।',
  },
  cartEmpty: {
    en: 'Your cart is empty. Just type what you need, e.g. "1 kg sugar".',
    hi: 'Aapki cart khaali hai. Bas likhiye kya chahiye, jaise "1 kg cheeni".',
    de: 'Ihr Warenkorb ist leer. Schreiben Sie einfach, was Sie brauchen, z. B. "1 kg Zucker".',
    'hi-Deva': 'आपकी कार्ट खाली है। बस लिखिए क्या चाहिए, जैसे "1 किलो चीनी"।',
  },
  confirmHint: {
    en: 'Reply *YES* to confirm, or send changes ("also 1 bread", "remove butter").',
    hi: 'Confirm karne ke liye *HAAN* likhiye, ya badlav bhejiye ("1 bread aur", "butter hatao").',
    de: 'Antworten Sie *JA* zum Bestellen, oder schicken Sie Änderungen ("noch 1 Brot", "Butter entfernen").',
    'hi-Deva': 'ऑर्डर पक्का करने के लिए *हाँ* लिखिए, या बदलाव भेजिए ("1 ब्रेड और", "मक्खन हटाओ")।',
  },
  notFound: {
    en: "Sorry, we don't have: {items}",
    hi: 'Maaf kijiye, ye hamare paas nahi hai: {items}',
    de: 'Leider haben wir nicht: {items}',
    'hi-Deva': 'माफ़ कीजिए, ये हमारे पास नहीं है: {items}',
  },
  rejected: {
    en: 'Could not add "{text}": {reason}',
    hi: '"{text}" add nahi kar paaye: {reason}',
    de: '"{text}" nicht hinzugefügt: {reason}',
    'hi-Deva': '"{text}" नहीं जोड़ पाए: {reason}',
  },
  outOfStock: {
    en: '{name} is out of stock right now.',
    hi: '{name} abhi stock mein nahi hai.',
    de: '{name} ist gerade ausverkauft.',
    'hi-Deva': '{name} अभी स्टॉक में नहीं है।',
  },
  limitedStock: {
    en: 'Only {qty} of {name} left; I added that many.',
    hi: '{name} sirf {qty} bacha hai; utna add kar diya.',
    de: 'Von {name} sind nur noch {qty} da; so viele habe ich genommen.',
    'hi-Deva': '{name} सिर्फ़ {qty} बचा है; उतना जोड़ दिया।',
  },
  unitMismatch: {
    en: '{name} is sold per {unit}; please tell me how many {unit}.',
    hi: '{name} {unit} ke hisaab se milta hai; kitne {unit} chahiye?',
    de: '{name} gibt es pro {unit}; wie viele {unit} möchten Sie?',
    'hi-Deva': '{name} {unit} के हिसाब से मिलता है; कितने {unit} चाहिए?',
  },
  countByWeight: {
    en: '{name} is sold by weight ({price}), not by the piece: how many {unit} would you like for {what}? (e.g. "1 {unit}")',
    hi: '{name} {unit} ke hisaab se milta hai ({price}), piece se nahi: {what} ke liye kitne {unit} chahiye? (jaise "1 {unit}")',
    de: '{name} verkaufen wir nach Gewicht ({price}), nicht pro Stück: wie viel {unit} sollen es für {what} sein? (z. B. „1 {unit}“)',
    'hi-Deva':
      '{name} {unit} के हिसाब से मिलता है ({price}), पीस से नहीं: {what} के लिए कितने {unit} चाहिए? (जैसे "1 {unit}")',
  },
  payLaterNoted: {
    en: 'Noted: you would like to pay later. The shop will confirm that here soon. 🙏',
    hi: 'Note kar liya: aap baad mein payment karenge (khate mein). Dukaan se jaldi yahin confirm karenge. 🙏',
    de: 'Notiert: Sie möchten später bezahlen (anschreiben). Der Laden bestätigt Ihnen das hier bald. 🙏',
    'hi-Deva': 'नोट कर लिया: आप बाद में पैसे देंगे (खाते में)। दुकान से जल्दी यहीं पक्का करेंगे। 🙏',
  },
  whatToChange: {
    en: 'What should I change? E.g. "only 3 bread" or "remove the butter".',
    hi: 'Kya badalna hai? Jaise "sirf 3 bread" ya "butter hatao".',
    de: 'Was soll ich ändern? Z. B. „nur 3 Brötchen“ oder „Butter entfernen“.',
    'hi-Deva': 'क्या बदलना है? जैसे "सिर्फ़ 3 ब्रेड" या "मक्खन हटाओ"।',
  },
  howMuchOf: {
    en: 'How much *{name}* would you like (in {unit})?',
    hi: '*{name}* kitna chahiye ({unit} mein)?',
    de: 'Wie viel *{name}* möchten Sie (in {unit})?',
    'hi-Deva': '*{name}* कितना चाहिए ({unit} में)?',
  },
  addedToOrder: {
    en: '➕ Added to your order *#{number}*:',
    hi: '➕ Aapke order *#{number}* mein jod diya:',
    de: '➕ Zu Ihrer Bestellung *#{number}* hinzugefügt:',
    'hi-Deva': '➕ आपके ऑर्डर *#{number}* में जोड़ दिया:',
  },
  orderChanged: {
    en: '✏️ Your order *#{number}* is changed:',
    hi: '✏️ Aapka order *#{number}* badal diya:',
    de: '✏️ Ihre Bestellung *#{number}* ist geändert:',
    'hi-Deva': '✏️ आपका ऑर्डर *#{number}* बदल दिया:',
  },
  orderAsIs: {
    en: 'Your order *#{number}* already has that:',
    hi: 'Aapke order *#{number}* mein yahi hai:',
    de: 'So steht es schon in Ihrer Bestellung *#{number}*:',
    'hi-Deva': 'आपके ऑर्डर *#{number}* में यही है:',
  },
  notOnOrder: {
    en: 'Not on your order #{number}: {items}',
    hi: 'Aapke order #{number} mein nahi hai: {items}',
    de: 'Nicht in Ihrer Bestellung #{number}: {items}',
    'hi-Deva': 'आपके ऑर्डर #{number} में नहीं है: {items}',
  },
  orderWouldBeEmpty: {
    en: 'That would leave nothing in order #{number}. To cancel the order, send *cancel*.',
    hi: 'Isse order #{number} mein kuch nahi bachega. Order cancel karna ho to *cancel* likhiye.',
    de: 'Dann bliebe nichts in Bestellung #{number}. Zum Stornieren schreiben Sie *stornieren*.',
    'hi-Deva': 'इससे ऑर्डर #{number} में कुछ नहीं बचेगा। ऑर्डर रद्द करना हो तो *cancel* लिखिए।',
  },
  changePassedOn: {
    en: 'Order #{number} is already {status}, so I cannot change it myself. I have passed your message to the shop; they will reply here.',
    hi: 'Order #{number} already {status} hai, isliye main khud nahi badal sakta. Aapka message dukaan ko bhej diya; wahan se yahin reply aayega.',
    de: 'Bestellung #{number} ist schon {status}, deshalb kann ich sie nicht selbst ändern. Ich habe Ihre Nachricht an den Laden weitergegeben; er antwortet Ihnen hier.',
    'hi-Deva':
      'ऑर्डर #{number} पहले से {status} है, इसलिए मैं खुद नहीं बदल सकता। आपका संदेश दुकान को भेज दिया; वहाँ से यहीं जवाब आएगा।',
  },
  changeToShop: {
    en: 'I have passed this change to order #{number} to the shop; they will reply here.',
    hi: 'Order #{number} ka yeh badlav dukaan ko bhej diya; wahan se yahin reply aayega.',
    de: 'Diese Änderung an Bestellung #{number} habe ich an den Laden weitergegeben; er antwortet Ihnen hier.',
    'hi-Deva': 'ऑर्डर #{number} का यह बदलाव दुकान को भेज दिया; वहाँ से यहीं जवाब आएगा।',
  },
  fallbackNoted: {
    en: 'Noted for the shop: "{text}".',
    hi: 'Dukaan ke liye note kar liya: "{text}".',
    de: 'Für den Laden notiert: „{text}“.',
    'hi-Deva': 'दुकान के लिए नोट कर लिया: "{text}"।',
  },
  howMuchNow: {
    en: 'You have {now} of {name} now. How much should it be? Send the amount (e.g. "{example}").',
    hi: '{name} abhi {now} hai. Kitna kar dein? Matra bhejiye (jaise "{example}").',
    de: '{name}: im Moment {now}. Wie viel soll es sein? Schicken Sie die Menge (z. B. „{example}“).',
    'hi-Deva': '{name} अभी {now} है। कितना कर दें? मात्रा भेजिए (जैसे "{example}")।',
  },
  countByPack: {
    en: '{name} comes in packs of {per}, not by the piece: how many packs would you like for {what}? (e.g. "{packs}")',
    hi: '{name} {per} ke pack mein milta hai, alag se nahi: {what} ke liye kitne pack chahiye? (jaise "{packs}")',
    de: '{name} gibt es nur im {per}er-Pack, nicht einzeln: wie viele Packungen sollen es für {what} sein? (z. B. „{packs}“)',
    'hi-Deva': '{name} {per} के पैक में मिलता है, अलग से नहीं: {what} के लिए कितने पैक चाहिए? (जैसे "{packs}")',
  },
  countInPacks: {
    en: '{what} is no whole number of packs of {name} ({per} each). How many packs would you like? (e.g. "{packs}")',
    hi: '{what} {name} ({per} ka pack) ke poore pack mein nahi banta. Kitne pack chahiye? (jaise "{packs}")',
    de: '{what} sind keine ganzen Packungen {name} (je {per}). Wie viele Packungen möchten Sie? (z. B. „{packs}“)',
    'hi-Deva': '{what} {name} ({per} का पैक) के पूरे पैक में नहीं बनता। कितने पैक चाहिए? (जैसे "{packs}")',
  },
  cartFull: {
    en: 'Your cart is full ({max} items); {items} not added. Please confirm this order first.',
    hi: 'Cart bhar gayi hai ({max} items); {items} add nahi hua. Pehle ye order confirm kijiye.',
    de: 'Ihr Warenkorb ist voll ({max} Artikel); {items} nicht hinzugefügt. Bitte erst diese Bestellung abschließen.',
    'hi-Deva': 'कार्ट भर गई है ({max} सामान); {items} नहीं जुड़ा। पहले ये ऑर्डर पक्का कीजिए।',
  },
  tooMuch: {
    en: '{name}: that is more than we can take in one order.',
    hi: '{name}: itna ek order mein nahi ho sakta.',
    de: '{name}: Das ist zu viel für eine Bestellung.',
    'hi-Deva': '{name}: इतना एक ऑर्डर में नहीं हो सकता।',
  },
  clarify: {
    en: 'Which "{text}" do you mean?\n{options}\nReply with the number.',
    hi: '"{text}" mein se kaunsa?\n{options}\nNumber likh kar bhejiye.',
    de: 'Welches "{text}" meinen Sie?\n{options}\nAntworten Sie mit der Nummer.',
    'hi-Deva': '"{text}" में से कौन सा?\n{options}\nनंबर लिखकर भेजिए।',
  },
  substitute: {
    en: '{name} is out of stock. Would you like this instead?\n{options}\nReply *1* for yes, *no* to skip.',
    hi: '{name} abhi stock mein nahi hai. Iski jagah ye chalega?\n{options}\nHaan ke liye *1*, nahi to *no* likhiye.',
    de: '{name} ist ausverkauft. Möchten Sie stattdessen das hier?\n{options}\n*1* für ja, *nein* zum Überspringen.',
    'hi-Deva': '{name} अभी स्टॉक में नहीं है। इसकी जगह ये चलेगा?\n{options}\nहाँ के लिए *1*, नहीं तो *no* लिखिए।',
  },
  skipped: {
    en: 'OK, skipped {name}.',
    hi: 'Theek hai, {name} chhod diya.',
    de: 'In Ordnung, {name} weggelassen.',
    'hi-Deva': 'ठीक है, {name} छोड़ दिया।',
  },
  answerPending: {
    en: 'First, please answer this:',
    hi: 'Pehle iska jawab dijiye:',
    de: 'Bitte beantworten Sie zuerst das:',
    'hi-Deva': 'पहले इसका जवाब दीजिए:',
  },
  answerPendingOnce: {
    en: 'One question is still open. Please answer it; if you reply *YES* again, I will place the order without {items}.',
    hi: 'Ek sawaal abhi baaki hai. Jawab dijiye; agar phir se *HAAN* likhenge to {items} ke bina order kar dunga.',
    de: 'Eine Frage ist noch offen. Bitte beantworten Sie sie; wenn Sie noch einmal *JA* schreiben, bestelle ich ohne {items}.',
    'hi-Deva': 'एक सवाल अभी बाक़ी है। जवाब दीजिए; अगर फिर से *हाँ* लिखेंगे तो {items} के बिना ऑर्डर कर दूँगा।',
  },
  leftOut: {
    en: 'OK, left out: {items}.',
    hi: 'Theek hai, ye chhod diya: {items}.',
    de: 'In Ordnung, weggelassen: {items}.',
    'hi-Deva': 'ठीक है, ये छोड़ दिया: {items}।',
  },
  notedPickup: {
    en: 'OK, you will pick it up from the shop.',
    hi: 'Theek hai, aap dukaan se le jayenge.',
    de: 'In Ordnung, Sie holen es im Laden ab.',
    'hi-Deva': 'ठीक है, आप दुकान से ले जाएँगे।',
  },
  notedDelivery: {
    en: 'OK, we will deliver it.',
    hi: 'Theek hai, ghar par delivery karenge.',
    de: 'In Ordnung, wir liefern.',
    'hi-Deva': 'ठीक है, घर पर डिलीवरी करेंगे।',
  },
  onlyPickup: {
    en: 'Sorry, we do not deliver; orders are picked up from the shop.',
    hi: 'Maaf kijiye, delivery nahi hoti; order dukaan se lena hoga.',
    de: 'Leider liefern wir nicht; Bestellungen werden im Laden abgeholt.',
    'hi-Deva': 'माफ़ कीजिए, डिलीवरी नहीं होती; ऑर्डर दुकान से लेना होगा।',
  },
  onlyDelivery: {
    en: 'Sorry, we only deliver; there is no pickup from the shop.',
    hi: 'Maaf kijiye, sirf delivery hoti hai; dukaan se pickup nahi.',
    de: 'Leider nur Lieferung; Abholung im Laden gibt es nicht.',
    'hi-Deva': 'माफ़ कीजिए, सिर्फ़ डिलीवरी होती है; दुकान से पिकअप नहीं।',
  },
  orderFulfilment: {
    en: 'Order *#{number}*: {fulfilment}\nWe will message you when it is ready.',
    hi: 'Order *#{number}*: {fulfilment}\nTayyar hote hi message karenge.',
    de: 'Bestellung *#{number}*: {fulfilment}\nWir melden uns, sobald sie fertig ist.',
    'hi-Deva': 'ऑर्डर *#{number}*: {fulfilment}\nतैयार होते ही मैसेज करेंगे।',
  },
  fulfilmentChange: {
    en: 'To change this, send *person* and the shop will reply.',
    hi: 'Badalne ke liye *person* likhiye, dukaan se reply aayega.',
    de: 'Zum Ändern schreiben Sie *Mitarbeiter*; der Laden antwortet Ihnen.',
    'hi-Deva': 'बदलने के लिए *person* लिखिए, दुकान से जवाब आएगा।',
  },
  minOrder: {
    en: 'Our minimum order is {min}; your cart is {total}. Please add a little more.',
    hi: 'Minimum order {min} ka hai; aapki cart {total} ki hai. Thoda aur add kijiye.',
    de: 'Unser Mindestbestellwert ist {min}; Ihr Warenkorb hat {total}. Bitte noch etwas hinzufügen.',
    'hi-Deva': 'कम से कम ऑर्डर {min} का है; आपकी कार्ट {total} की है। थोड़ा और जोड़िए।',
  },
  askFulfilment: {
    en: 'Pickup or delivery?\n1. Pickup from the shop\n2. Home delivery\nReply 1 or 2.',
    hi: 'Dukaan se loge ya delivery?\n1. Dukaan se pickup\n2. Ghar par delivery\n1 ya 2 likhiye.',
    de: 'Abholen oder liefern?\n1. Abholung im Laden\n2. Lieferung nach Hause\nAntworten Sie 1 oder 2.',
    'hi-Deva': 'दुकान से लेंगे या डिलीवरी?\n1. दुकान से पिकअप\n2. घर पर डिलीवरी\n1 या 2 लिखिए।',
  },
  askAddress: {
    en: 'Please send your delivery address.',
    hi: 'Apna delivery address bhejiye.',
    de: 'Bitte schicken Sie Ihre Lieferadresse.',
    'hi-Deva': 'अपना डिलीवरी का पता भेजिए।',
  },
  orderPlaced: {
    en: '✅ Order *#{number}* placed. Total *{total}*.\n{fulfilment}\nWe will message you when it is accepted. Send *status* any time.',
    hi: '✅ Order *#{number}* ho gaya. Total *{total}*.\n{fulfilment}\nAccept hote hi message karenge. Kabhi bhi *status* bhejiye.',
    de: '✅ Bestellung *#{number}* aufgegeben. Summe *{total}*.\n{fulfilment}\nWir melden uns, sobald sie angenommen ist. *Status* jederzeit möglich.',
    'hi-Deva':
      '✅ ऑर्डर *#{number}* हो गया। कुल *{total}*।\n{fulfilment}\nमंज़ूर होते ही मैसेज करेंगे। कभी भी *status* भेजिए।',
  },
  fulfilPickup: {
    en: 'Pickup from the shop.',
    hi: 'Dukaan se pickup.',
    de: 'Abholung im Laden.',
    'hi-Deva': 'दुकान से पिकअप।',
  },
  fulfilWhen: {
    en: 'When: {when}',
    hi: 'Kab: {when}',
    de: 'Wann: {when}',
    'hi-Deva': 'कब: {when}',
  },
  fulfilDelivery: {
    en: 'Delivery to: {address}',
    hi: 'Delivery yahan: {address}',
    de: 'Lieferung an: {address}',
    'hi-Deva': 'डिलीवरी यहाँ: {address}',
  },
  cartCancelled: {
    en: 'OK, your cart is cleared. Type what you need any time.',
    hi: 'Theek hai, cart khaali kar di. Jab chahe naya order likhiye.',
    de: 'In Ordnung, Ihr Warenkorb ist geleert. Schreiben Sie jederzeit, was Sie brauchen.',
    'hi-Deva': 'ठीक है, कार्ट खाली कर दी। जब चाहें नया ऑर्डर लिखिए।',
  },
  orderCancelled: {
    en: 'Order #{number} is cancelled.',
    hi: 'Order #{number} cancel ho gaya.',
    de: 'Bestellung #{number} ist storniert.',
    'hi-Deva': 'ऑर्डर #{number} रद्द हो गया।',
  },
  orderKept: {
    en: 'OK, order *#{number}* ({total}) is not cancelled: it stays as it was.',
    hi: 'Theek hai, order *#{number}* ({total}) cancel nahi hua: jaisa tha waisa hai.',
    de: 'In Ordnung, Bestellung *#{number}* ({total}) ist nicht storniert: sie bleibt, wie sie war.',
    'hi-Deva': 'ठीक है, ऑर्डर *#{number}* ({total}) रद्द नहीं हुआ: जैसा था वैसा है।',
  },
  cannotCancel: {
    en: 'Order #{number} is already {status}; please call the shop to change it.',
    hi: 'Order #{number} already {status} hai; badalne ke liye dukaan ko call kijiye.',
    de: 'Bestellung #{number} ist schon {status}; für Änderungen rufen Sie bitte den Laden an.',
    'hi-Deva': 'ऑर्डर #{number} पहले से {status} है; बदलने के लिए दुकान को फ़ोन कीजिए।',
  },
  nothingToCancel: {
    en: 'There is nothing to cancel.',
    hi: 'Cancel karne ko kuch nahi hai.',
    de: 'Es gibt nichts zu stornieren.',
    'hi-Deva': 'रद्द करने को कुछ नहीं है।',
  },
  statusReply: {
    en: 'Order *#{number}* ({total}): {status}.',
    hi: 'Order *#{number}* ({total}): {status}.',
    de: 'Bestellung *#{number}* ({total}): {status}.',
    'hi-Deva': 'ऑर्डर *#{number}* ({total}): {status}।',
  },
  noOrders: {
    en: 'You have no orders yet. Just type what you need.',
    hi: 'Abhi koi order nahi hai. Bas likhiye kya chahiye.',
    de: 'Sie haben noch keine Bestellung. Schreiben Sie einfach, was Sie brauchen.',
    'hi-Deva': 'अभी कोई ऑर्डर नहीं है। बस लिखिए क्या चाहिए।',
  },
  human: {
    en: 'OK, someone from the shop will reply to you here soon. 🙏',
    hi: 'Theek hai, dukaan se koi jaldi yahin reply karega. 🙏',
    de: 'In Ordnung, jemand aus dem Laden antwortet Ihnen hier bald. 🙏',
    'hi-Deva': 'ठीक है, दुकान से कोई जल्दी यहीं जवाब देगा। 🙏',
  },
  complaint: {
    en: 'Sorry about that! Someone from the shop will look at it and reply to you here soon. 🙏',
    hi: 'Maaf kijiye! Dukaan se koi dekh kar jaldi yahin reply karega. 🙏',
    de: 'Das tut uns leid! Jemand aus dem Laden sieht es sich an und antwortet Ihnen hier bald. 🙏',
    'hi-Deva': 'माफ़ कीजिए! दुकान से कोई देखकर जल्दी यहीं जवाब देगा। 🙏',
  },
  hoursAlways: {
    en: 'We take orders any time, every day. Just send what you need.',
    hi: 'Hum har din, kabhi bhi order lete hain. Bas likhiye kya chahiye.',
    de: 'Wir nehmen jederzeit Bestellungen an, jeden Tag. Schreiben Sie einfach, was Sie brauchen.',
    'hi-Deva': 'हम हर दिन, कभी भी ऑर्डर लेते हैं। बस लिखिए क्या चाहिए।',
  },
  hoursOpen: {
    en: 'We are open {open}–{close}.',
    hi: 'Dukaan {open} se {close} baje tak khuli hai.',
    de: 'Wir haben von {open} bis {close} Uhr geöffnet.',
    'hi-Deva': 'दुकान {open} से {close} बजे तक खुली है।',
  },
  hoursClosedOn: {
    en: 'Closed on {days}.',
    hi: '{days} ko band rehti hai.',
    de: '{days} geschlossen.',
    'hi-Deva': '{days} को बंद रहती है।',
  },
  deliveryNo: {
    en: 'We do not deliver: orders are picked up from the shop.',
    hi: 'Delivery nahi karte: order dukaan se le jaana hota hai.',
    de: 'Wir liefern nicht: Bestellungen werden im Laden abgeholt.',
    'hi-Deva': 'डिलीवरी नहीं करते: ऑर्डर दुकान से ले जाना होता है।',
  },
  deliveryYes: {
    en: 'Yes, we deliver. Just send your order.',
    hi: 'Haan, delivery karte hain. Bas order bhejiye.',
    de: 'Ja, wir liefern. Schicken Sie einfach Ihre Bestellung.',
    'hi-Deva': 'हाँ, डिलीवरी करते हैं। बस ऑर्डर भेजिए।',
  },
  deliveryOrPickup: {
    en: 'Yes, we deliver, or you can pick up from the shop. Just send your order.',
    hi: 'Haan, delivery karte hain, ya dukaan se le ja sakte hain. Bas order bhejiye.',
    de: 'Ja, wir liefern, oder Sie holen im Laden ab. Schicken Sie einfach Ihre Bestellung.',
    'hi-Deva': 'हाँ, डिलीवरी करते हैं, या दुकान से ले जा सकते हैं। बस ऑर्डर भेजिए।',
  },
  minimumNone: {
    en: 'There is no minimum order.',
    hi: 'Koi minimum order nahi hai.',
    de: 'Es gibt keinen Mindestbestellwert.',
    'hi-Deva': 'कोई न्यूनतम ऑर्डर नहीं है।',
  },
  minimumIs: {
    en: 'The minimum order is {amount}.',
    hi: 'Minimum order {amount} ka hai.',
    de: 'Der Mindestbestellwert ist {amount}.',
    'hi-Deva': 'न्यूनतम ऑर्डर {amount} का है।',
  },
  shopWillAnswer: {
    en: 'Someone from the shop will answer that here soon. 🙏',
    hi: 'Iska jawab dukaan se koi jaldi yahin dega. 🙏',
    de: 'Das beantwortet Ihnen jemand aus dem Laden hier bald. 🙏',
    'hi-Deva': 'इसका जवाब दुकान से कोई जल्दी यहीं देगा। 🙏',
  },
  paidToCheck: {
    en: 'Thank you! 🙏 The shop will check the payment for order *#{number}* ({total}) and confirm it here.',
    hi: 'Dhanyavaad! 🙏 Dukaan order *#{number}* ({total}) ka payment check karke yahin batayegi.',
    de: 'Danke! 🙏 Der Laden prüft die Zahlung für Bestellung *#{number}* ({total}) und bestätigt sie hier.',
    'hi-Deva': 'धन्यवाद! 🙏 दुकान ऑर्डर *#{number}* ({total}) का भुगतान जाँचकर यहीं बताएगी।',
  },
  paidAlready: {
    en: 'Thank you! 🙏 Order *#{number}* ({total}) is paid.',
    hi: 'Dhanyavaad! 🙏 Order *#{number}* ({total}) ka payment mil gaya hai.',
    de: 'Danke! 🙏 Bestellung *#{number}* ({total}) ist bezahlt.',
    'hi-Deva': 'धन्यवाद! 🙏 ऑर्डर *#{number}* ({total}) का भुगतान मिल गया है।',
  },
  thanks: { en: 'Thank you! 🙏', hi: 'Dhanyavaad! 🙏', de: 'Danke! 🙏', 'hi-Deva': 'धन्यवाद! 🙏' },
  payMethods: {
    en: 'You can pay:',
    hi: 'Payment aise kar sakte hain:',
    de: 'So können Sie bezahlen:',
    'hi-Deva': 'भुगतान ऐसे कर सकते हैं:',
  },
  payNoCash: {
    en: 'Sorry, we do not take cash.',
    hi: 'Maaf kijiye, cash nahi lete.',
    de: 'Bargeld nehmen wir leider nicht.',
    'hi-Deva': 'माफ़ कीजिए, नकद नहीं लेते।',
  },
  payNoUpi: {
    en: 'Sorry, we do not take UPI.',
    hi: 'Maaf kijiye, UPI se payment nahi lete.',
    de: 'UPI nehmen wir leider nicht.',
    'hi-Deva': 'माफ़ कीजिए, यूपीआई से भुगतान नहीं लेते।',
  },
  payNoCard: {
    en: 'Sorry, we do not take card payments.',
    hi: 'Maaf kijiye, card se payment nahi lete.',
    de: 'Kartenzahlung nehmen wir leider nicht.',
    'hi-Deva': 'माफ़ कीजिए, कार्ड से भुगतान नहीं लेते।',
  },
  payNoPaypal: {
    en: 'Sorry, we do not take PayPal.',
    hi: 'Maaf kijiye, PayPal se payment nahi lete.',
    de: 'PayPal nehmen wir leider nicht.',
    'hi-Deva': 'माफ़ कीजिए, पेपाल से भुगतान नहीं लेते।',
  },
  payByCash: { en: '• Cash', hi: '• Cash', de: '• Bar', 'hi-Deva': '• नकद' },
  payByUpi: {
    en: '• UPI (any UPI app, or scan our QR code)',
    hi: '• UPI (koi bhi UPI app, ya hamara QR scan kijiye)',
    de: '• UPI (mit jeder UPI-App oder per QR-Code)',
    'hi-Deva': '• यूपीआई (कोई भी यूपीआई ऐप, या हमारा क्यूआर कोड स्कैन कीजिए)',
  },
  payByLink: {
    en: '• Online, by a payment link we send you',
    hi: '• Online, hamare bheje payment link se',
    de: '• Online über einen Zahlungslink, den wir Ihnen schicken',
    'hi-Deva': '• ऑनलाइन, हमारे भेजे पेमेंट लिंक से',
  },
  payByCustom: { en: '• {label}', hi: '• {label}', de: '• {label}', 'hi-Deva': '• {label}' },
  away: {
    en: '🌙 We are closed now and open again {when}.',
    hi: '🌙 Abhi dukaan band hai, {when} khulegi.',
    de: '🌙 Wir haben gerade geschlossen und öffnen wieder {when}.',
    'hi-Deva': '🌙 अभी दुकान बंद है, {when} खुलेगी।',
  },
  awayTakingOrders: {
    en: 'You can still order; we will handle it when we open.',
    hi: 'Order abhi bhi de sakte hain; dukaan khulte hi bhejenge.',
    de: 'Sie können trotzdem bestellen; wir bearbeiten es nach dem Öffnen.',
    'hi-Deva': 'ऑर्डर अभी भी दे सकते हैं; दुकान खुलते ही भेजेंगे।',
  },
  price: {
    en: '*{name}*: {price}',
    hi: '*{name}*: {price}',
    de: '*{name}*: {price}',
    'hi-Deva': '*{name}*: {price}',
  },
  priceOptions: {
    en: 'We have:\n{options}\nJust type the quantity and name to order.',
    hi: 'Hamare paas hai:\n{options}\nOrder ke liye quantity aur naam likhiye.',
    de: 'Wir haben:\n{options}\nZum Bestellen einfach Menge und Namen schreiben.',
    'hi-Deva': 'हमारे पास है:\n{options}\nऑर्डर के लिए मात्रा और नाम लिखिए।',
  },
  priceUnknown: {
    en: 'Which item? e.g. "price of sugar".',
    hi: 'Kaunsa saaman? jaise "cheeni ka rate".',
    de: 'Welcher Artikel? z. B. "Preis Zucker".',
    'hi-Deva': 'कौन सा सामान? जैसे "चीनी का रेट"।',
  },
  catalogHeader: {
    en: '*{shop}* — page {page} of {pages}',
    hi: '*{shop}* — page {page} / {pages}',
    de: '*{shop}* — Seite {page} von {pages}',
    'hi-Deva': '*{shop}* — पेज {page} / {pages}',
  },
  catalogMore: {
    en: 'Reply *{next}* for more ({category}…), or type what you need.',
    hi: 'Aur dekhne ke liye *{next}* likhiye ({category}…), ya order likhiye.',
    de: 'Antworten Sie *{next}* für mehr ({category}…), oder schreiben Sie Ihre Bestellung.',
    'hi-Deva': 'और देखने के लिए *{next}* लिखिए ({category}…), या ऑर्डर लिखिए।',
  },
  catalogEnd: {
    en: 'Type what you need, e.g. "2 kg onion".',
    hi: 'Jo chahiye likhiye, jaise "2 kg pyaz".',
    de: 'Schreiben Sie, was Sie brauchen, z. B. "2 kg Zwiebeln".',
    'hi-Deva': 'जो चाहिए लिखिए, जैसे "2 किलो प्याज़"।',
  },
  catalogEmpty: {
    en: 'Our list is not online yet; just type what you need and we will check.',
    hi: 'Hamari list abhi online nahi hai; bas likhiye kya chahiye.',
    de: 'Unser Sortiment ist noch nicht online; schreiben Sie einfach, was Sie brauchen.',
    'hi-Deva': 'हमारी सूची अभी ऑनलाइन नहीं है; बस लिखिए क्या चाहिए।',
  },
  outOfStockMark: { en: 'out of stock', hi: 'stock khatam', de: 'ausverkauft', 'hi-Deva': 'स्टॉक ख़त्म' },
  textOnly: {
    en: 'I can only read text messages. Please type your order.',
    hi: 'Main sirf text padh sakta hoon. Order likh kar bhejiye.',
    de: 'Ich kann nur Textnachrichten lesen. Bitte tippen Sie Ihre Bestellung.',
    'hi-Deva': 'मैं सिर्फ़ लिखा हुआ मैसेज पढ़ सकता हूँ। ऑर्डर लिखकर भेजिए।',
  },
  tooLong: {
    en: 'Your message was very long; I only read the beginning.',
    hi: 'Message bahut lamba tha; maine sirf shuru ka hissa padha.',
    de: 'Ihre Nachricht war sehr lang; ich habe nur den Anfang gelesen.',
    'hi-Deva': 'मैसेज बहुत लंबा था; मैंने सिर्फ़ शुरू का हिस्सा पढ़ा।',
  },
  slowDown: {
    en: 'You are sending messages very fast; I will read again in a minute.',
    hi: 'Aap bahut tezi se message bhej rahe hain; ek minute baad phir padhunga.',
    de: 'Sie schicken sehr schnell Nachrichten; ich lese in einer Minute weiter.',
    'hi-Deva': 'आप बहुत तेज़ी से मैसेज भेज रहे हैं; एक मिनट बाद फिर पढ़ूँगा।',
  },
  // Order updates from the queue.
  status_accepted: {
    en: '👍 Order #{number} accepted. We are packing it.',
    hi: '👍 Order #{number} accept ho gaya. Pack kar rahe hain.',
    de: '👍 Bestellung #{number} angenommen. Wir packen sie.',
    'hi-Deva': '👍 ऑर्डर #{number} मंज़ूर हो गया। पैक कर रहे हैं।',
  },
  status_packed: {
    en: '📦 Order #{number} is packed.',
    hi: '📦 Order #{number} pack ho gaya.',
    de: '📦 Bestellung #{number} ist gepackt.',
    'hi-Deva': '📦 ऑर्डर #{number} पैक हो गया।',
  },
  status_ready: {
    en: '✅ Order #{number} is ready for pickup. Total {total}.',
    hi: '✅ Order #{number} pickup ke liye tayyar hai. Total {total}.',
    de: '✅ Bestellung #{number} liegt zur Abholung bereit. Summe {total}.',
    'hi-Deva': '✅ ऑर्डर #{number} पिकअप के लिए तैयार है। कुल {total}।',
  },
  status_out_for_delivery: {
    en: '🛵 Order #{number} is on its way.',
    hi: '🛵 Order #{number} raste mein hai.',
    de: '🛵 Bestellung #{number} ist unterwegs.',
    'hi-Deva': '🛵 ऑर्डर #{number} रास्ते में है।',
  },
  status_completed: {
    en: 'Order #{number} is complete. Thank you for shopping with {shop}! 🙏',
    hi: 'Order #{number} poora hua. {shop} se kharidne ke liye dhanyavaad! 🙏',
    de: 'Bestellung #{number} ist abgeschlossen. Danke für Ihren Einkauf bei {shop}! 🙏',
    'hi-Deva': 'ऑर्डर #{number} पूरा हुआ। {shop} से ख़रीदने के लिए धन्यवाद! 🙏',
  },
  status_rejected: {
    en: 'Sorry, we cannot take order #{number}: {reason}',
    hi: 'Maaf kijiye, order #{number} nahi le paayenge: {reason}',
    de: 'Leider können wir Bestellung #{number} nicht annehmen: {reason}',
    'hi-Deva': 'माफ़ कीजिए, ऑर्डर #{number} नहीं ले पाएँगे: {reason}',
  },
  status_cancelled: {
    en: 'Order #{number} has been cancelled. {reason}',
    hi: 'Order #{number} cancel ho gaya hai. {reason}',
    de: 'Bestellung #{number} wurde storniert. {reason}',
    'hi-Deva': 'ऑर्डर #{number} रद्द हो गया है। {reason}',
  },
  orderEdited: {
    en: 'We changed order #{number}:\n{changes}\nNew total: *{total}*',
    hi: 'Order #{number} mein badlav:\n{changes}\nNaya total: *{total}*',
    de: 'Wir haben Bestellung #{number} geändert:\n{changes}\nNeue Summe: *{total}*',
    'hi-Deva': 'ऑर्डर #{number} में बदलाव:\n{changes}\nनया कुल: *{total}*',
  },
  editQty: {
    en: '{name}: now {qty}',
    hi: '{name}: ab {qty}',
    de: '{name}: jetzt {qty}',
    'hi-Deva': '{name}: अब {qty}',
  },
  editRemoved: {
    en: '{name}: removed',
    hi: '{name}: hata diya',
    de: '{name}: entfernt',
    'hi-Deva': '{name}: हटा दिया',
  },
  editSubstitute: {
    en: '{name} replaced by {with} ({qty})',
    hi: '{name} ki jagah {with} ({qty})',
    de: '{name} ersetzt durch {with} ({qty})',
    'hi-Deva': '{name} की जगह {with} ({qty})',
  },
  // The khata (credit ledger) and "same as last time" (docs/counter.md).
  khataHeader: {
    en: '📒 *Your khata at {shop}*',
    hi: '📒 *{shop} mein aapka khata (hisaab)*',
    de: '📒 *Ihr Anschreibekonto bei {shop}*',
    'hi-Deva': '📒 *{shop} में आपका खाता (हिसाब)*',
  },
  khataSale: {
    en: 'Purchase #{number}',
    hi: 'Kharidari #{number}',
    de: 'Einkauf #{number}',
    'hi-Deva': 'खरीदारी #{number}',
  },
  khataPaid: {
    en: 'Paid ({method})',
    hi: 'Jama ({method})',
    de: 'Bezahlt ({method})',
    'hi-Deva': 'जमा ({method})',
  },
  khataCorrection: {
    en: 'Correction: {note}',
    hi: 'Sudhaar: {note}',
    de: 'Korrektur: {note}',
    'hi-Deva': 'सुधार: {note}',
  },
  khataEarlier: {
    en: '({count} earlier entries not shown)',
    hi: '({count} purani entries nahi dikhayi)',
    de: '({count} ältere Einträge nicht gezeigt)',
    'hi-Deva': '({count} पुरानी एंट्री नहीं दिखाई)',
  },
  khataDue: {
    en: '*Balance due: {balance}*',
    hi: '*Baaki (dena hai): {balance}*',
    de: '*Offener Betrag: {balance}*',
    'hi-Deva': '*बाकी (देना है): {balance}*',
  },
  khataAdvance: {
    en: '*Advance with the shop: {balance}* (nothing due)',
    hi: '*Aapka advance dukaan mein: {balance}* (kuch baaki nahi)',
    de: '*Ihr Guthaben beim Laden: {balance}* (nichts offen)',
    'hi-Deva': '*दुकान में आपका एडवांस: {balance}* (कुछ बाकी नहीं)',
  },
  khataSettled: {
    en: '*Balance: nothing due.* Thank you!',
    hi: '*Hisaab barabar: kuch baaki nahi.* Dhanyavaad!',
    de: '*Alles beglichen: nichts offen.* Danke!',
    'hi-Deva': '*हिसाब बराबर: कुछ बाकी नहीं।* धन्यवाद!',
  },
  khataNone: {
    en: 'You have no khata (credit account) with {shop}: nothing is due.',
    hi: '{shop} mein aapka koi khata (udhaar) nahi hai: kuch baaki nahi.',
    de: 'Sie haben bei {shop} kein Anschreibekonto: nichts offen.',
    'hi-Deva': '{shop} में आपका कोई खाता (उधार) नहीं है: कुछ बाकी नहीं।',
  },
  khataReminder: {
    en: 'Hello {name}, a friendly reminder from {shop}: your khata balance is *{balance}*. Pay by UPI: {link}',
    hi: 'Namaste {name}, {shop} se yaad dilana: aapka khata baaki *{balance}* hai. UPI se bhejiye: {link}',
    de: 'Hallo {name}, eine freundliche Erinnerung von {shop}: Ihr offener Betrag ist *{balance}*. Per UPI zahlen: {link}',
    'hi-Deva': 'नमस्ते {name}, {shop} से याद दिलाना: आपका खाता बाकी *{balance}* है। UPI से भेजिए: {link}',
  },
  khataReminderNoLink: {
    en: 'Hello {name}, a friendly reminder from {shop}: your khata balance is *{balance}*.',
    hi: 'Namaste {name}, {shop} se yaad dilana: aapka khata baaki *{balance}* hai.',
    de: 'Hallo {name}, eine freundliche Erinnerung von {shop}: Ihr offener Betrag ist *{balance}*.',
    'hi-Deva': 'नमस्ते {name}, {shop} से याद दिलाना: आपका खाता बाकी *{balance}* है।',
  },
  repeatFrom: {
    en: 'Your last order *#{number}* again, at today’s prices:',
    hi: 'Aapka pichla order *#{number}* phir se, aaj ke daam par:',
    de: 'Ihre letzte Bestellung *#{number}* noch einmal, zu heutigen Preisen:',
    'hi-Deva': 'आपका पिछला ऑर्डर *#{number}* फिर से, आज के दाम पर:',
  },
  repeatNone: {
    en: 'I have no earlier order of yours to repeat. Just type what you need, e.g. "2 kg onion".',
    hi: 'Aapka koi pichla order nahi mila. Bas likhiye kya chahiye, jaise "2 kg pyaz".',
    de: 'Ich finde keine frühere Bestellung von Ihnen. Schreiben Sie einfach, was Sie brauchen, z. B. "2 kg Zwiebeln".',
    'hi-Deva': 'आपका कोई पिछला ऑर्डर नहीं मिला। बस लिखिए क्या चाहिए, जैसे "2 किलो प्याज़"।',
  },
  repeatGone: {
    en: 'No longer sold: {items}',
    hi: 'Ab nahi milta: {items}',
    de: 'Nicht mehr im Sortiment: {items}',
    'hi-Deva': 'अब नहीं मिलता: {items}',
  },
  // Status names as the customer reads them.
  name_new: {
    en: 'received, waiting for the shop',
    hi: 'mil gaya, dukaan dekh rahi hai',
    de: 'eingegangen, wartet auf den Laden',
    'hi-Deva': 'मिल गया, दुकान देख रही है',
  },
  name_accepted: {
    en: 'accepted, being packed',
    hi: 'accept ho gaya, pack ho raha hai',
    de: 'angenommen, wird gepackt',
    'hi-Deva': 'मंज़ूर, पैक हो रहा है',
  },
  name_packed: { en: 'packed', hi: 'pack ho gaya', de: 'gepackt', 'hi-Deva': 'पैक हो गया' },
  name_ready: {
    en: 'ready for pickup',
    hi: 'pickup ke liye tayyar',
    de: 'abholbereit',
    'hi-Deva': 'पिकअप के लिए तैयार',
  },
  name_out_for_delivery: {
    en: 'out for delivery',
    hi: 'delivery ke liye nikal gaya',
    de: 'unterwegs',
    'hi-Deva': 'डिलीवरी के लिए निकल गया',
  },
  name_completed: { en: 'completed', hi: 'poora hua', de: 'abgeschlossen', 'hi-Deva': 'पूरा हुआ' },
  name_rejected: { en: 'rejected', hi: 'reject hua', de: 'abgelehnt', 'hi-Deva': 'नामंज़ूर' },
  name_cancelled: { en: 'cancelled', hi: 'cancel hua', de: 'storniert', 'hi-Deva': 'रद्द' },
  // A rejection without a reason typed by the shopkeeper.
  rejectedNoReason: {
    en: 'Message us with any questions.',
    hi: 'Sawaal ho to message kijiye.',
    de: 'Bitte melden Sie sich bei Fragen.',
    'hi-Deva': 'सवाल हो तो मैसेज कीजिए।',
  },
  // Payments (electron/engine/payments/messages.ts puts them together): the request, the receipt, a part
  // payment and the one reminder. Links stay on their own line so WhatsApp makes them tappable.
  payAmount: {
    en: 'Your order {number} comes to *{total}*.',
    hi: 'Aapke order {number} ka total *{total}* hai.',
    de: 'Ihre Bestellung {number} kostet *{total}*.',
    'hi-Deva': 'आपके ऑर्डर {number} का कुल *{total}* है।',
  },
  payAmountNamed: {
    en: 'Hi {name}, your order {number} comes to *{total}*.',
    hi: 'Namaste {name}, aapke order {number} ka total *{total}* hai.',
    de: 'Hallo {name}, Ihre Bestellung {number} kostet *{total}*.',
    'hi-Deva': 'नमस्ते {name}, आपके ऑर्डर {number} का कुल *{total}* है।',
  },
  payUpi: {
    en: 'Pay with any UPI app:',
    hi: 'Kisi bhi UPI app se pay kijiye:',
    de: 'Mit jeder UPI-App bezahlen:',
    'hi-Deva': 'किसी भी यूपीआई ऐप से भुगतान कीजिए:',
  },
  payUpiQr: {
    en: 'Pay with any UPI app (or scan the QR code below):',
    hi: 'Kisi bhi UPI app se pay kijiye (ya neeche ka QR code scan kijiye):',
    de: 'Mit jeder UPI-App bezahlen (oder den QR-Code unten scannen):',
    'hi-Deva': 'किसी भी यूपीआई ऐप से भुगतान कीजिए (या नीचे का क्यूआर कोड स्कैन कीजिए):',
  },
  // The UPI ID as plain text: WhatsApp does not make upi:// links tappable, and a customer can copy the ID.
  payUpiId: {
    en: 'UPI ID: {vpa}',
    hi: 'UPI ID: {vpa}',
    de: 'UPI-ID: {vpa}',
    'hi-Deva': 'यूपीआई आईडी: {vpa}',
  },
  payRazorpay: {
    en: 'Pay online (UPI, card, netbanking):',
    hi: 'Online pay kijiye (UPI, card, netbanking):',
    de: 'Online bezahlen (UPI, Karte, Netbanking):',
    'hi-Deva': 'ऑनलाइन भुगतान कीजिए (यूपीआई, कार्ड, नेटबैंकिंग):',
  },
  payStripe: {
    en: 'Pay by card:',
    hi: 'Card se pay kijiye:',
    de: 'Mit Karte bezahlen:',
    'hi-Deva': 'कार्ड से भुगतान कीजिए:',
  },
  payOnline: {
    en: 'Pay online:',
    hi: 'Online pay kijiye:',
    de: 'Online bezahlen:',
    'hi-Deva': 'ऑनलाइन भुगतान कीजिए:',
  },
  payCashToo: {
    en: 'Or pay cash on delivery / at the counter.',
    hi: 'Ya delivery par / dukaan par cash dijiye.',
    de: 'Oder bar bei Lieferung / im Laden bezahlen.',
    'hi-Deva': 'या डिलीवरी पर / दुकान पर नकद दीजिए।',
  },
  payCashOnly: {
    en: 'Please pay cash on delivery / at the counter.',
    hi: 'Delivery par / dukaan par cash dijiye.',
    de: 'Bitte bar bei Lieferung / im Laden bezahlen.',
    'hi-Deva': 'डिलीवरी पर / दुकान पर नकद दीजिए।',
  },
  payReference: {
    en: 'Reference: {number}',
    hi: 'Reference: {number}',
    de: 'Verwendungszweck: {number}',
    'hi-Deva': 'संदर्भ: {number}',
  },
  paySignoff: {
    en: 'Thank you! – {shop}',
    hi: 'Dhanyavaad! – {shop}',
    de: 'Vielen Dank! – {shop}',
    'hi-Deva': 'धन्यवाद! – {shop}',
  },
  paySignoffShort: { en: '– {shop}', hi: '– {shop}', de: '– {shop}', 'hi-Deva': '– {shop}' },
  payPending: {
    en: 'We will send you the payment details shortly.',
    hi: 'Payment ki details thodi der mein bhejenge.',
    de: 'Die Zahlungsdetails schicken wir Ihnen gleich.',
    'hi-Deva': 'भुगतान की जानकारी थोड़ी देर में भेजेंगे।',
  },
  payReceipt: {
    en: 'Payment received: *{amount}* for order {number}. ✅',
    hi: 'Payment mil gaya: *{amount}*, order {number}. ✅',
    de: 'Zahlung erhalten: *{amount}* für Bestellung {number}. ✅',
    'hi-Deva': 'भुगतान मिल गया: *{amount}*, ऑर्डर {number}। ✅',
  },
  payReceiptCash: {
    en: 'Payment received in cash: *{amount}* for order {number}. ✅',
    hi: 'Cash payment mil gaya: *{amount}*, order {number}. ✅',
    de: 'Barzahlung erhalten: *{amount}* für Bestellung {number}. ✅',
    'hi-Deva': 'नकद भुगतान मिल गया: *{amount}*, ऑर्डर {number}। ✅',
  },
  payPartial: {
    en: 'We received *{amount}* for order {number}.\nStill to pay: *{left}*.',
    hi: 'Order {number} ke liye *{amount}* mil gaya.\nAbhi baaki: *{left}*.',
    de: 'Wir haben *{amount}* für Bestellung {number} erhalten.\nNoch offen: *{left}*.',
    'hi-Deva': 'ऑर्डर {number} के लिए *{amount}* मिल गया।\nअभी बाकी: *{left}*।',
  },
  payRest: {
    en: 'You can pay the rest here:',
    hi: 'Baaki yahan pay kijiye:',
    de: 'Den Rest können Sie hier bezahlen:',
    'hi-Deva': 'बाकी यहाँ भुगतान कीजिए:',
  },
  payReminder: {
    en: 'A friendly reminder: order {number} (*{total}*) is not paid yet.',
    hi: 'Yaad dila rahe hain: order {number} (*{total}*) ka payment abhi baaki hai.',
    de: 'Eine freundliche Erinnerung: Bestellung {number} (*{total}*) ist noch nicht bezahlt.',
    'hi-Deva': 'याद दिला रहे हैं: ऑर्डर {number} (*{total}*) का भुगतान अभी बाकी है।',
  },
  payReminderNamed: {
    en: 'Hi {name}, a friendly reminder: order {number} (*{total}*) is not paid yet.',
    hi: 'Namaste {name}, yaad dila rahe hain: order {number} (*{total}*) ka payment abhi baaki hai.',
    de: 'Hallo {name}, eine freundliche Erinnerung: Bestellung {number} (*{total}*) ist noch nicht bezahlt.',
    'hi-Deva': 'नमस्ते {name}, याद दिला रहे हैं: ऑर्डर {number} (*{total}*) का भुगतान अभी बाकी है।',
  },
  payReminderUpi: { en: 'UPI:', hi: 'UPI:', de: 'UPI:', 'hi-Deva': 'यूपीआई:' },
  payIgnoreIfPaid: {
    en: 'If you have already paid, please ignore this message.',
    hi: 'Agar pay kar diya hai to is message ko ignore kijiye.',
    de: 'Falls Sie schon bezahlt haben, ignorieren Sie diese Nachricht bitte.',
    'hi-Deva': 'अगर भुगतान कर दिया है तो इस मैसेज को छोड़ दीजिए।',
  },
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
    Object.prototype.hasOwnProperty.call(vars, name)
      ? name === 'unit'
        ? unitSaid(String(vars[name]), lang)
        : String(vars[name])
      : whole,
  )
}

/** The catalog's unit codes for pieces and packs as a German customer reads them ("wie viele Stück?", not "pc"). */
const UNITS_DE: Readonly<Record<string, string>> = { pc: 'Stück', pack: 'Pck.' }

function unitSaid(unit: string, lang: Language): string {
  return lang === 'de' ? (UNITS_DE[unit] ?? unit) : unit
}
