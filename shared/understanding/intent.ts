// Message-level intents and the language a customer writes in, read from phrases in English, Hindi (Latin
// script) and German. Phrases are matched on folded text with word boundaries.
import { fold } from './text'
import type { Language } from '../contract/languages'

export type Intent =
  'greeting' | 'catalog' | 'price' | 'order' | 'confirm' | 'cancel' | 'status' | 'human' | 'thanks' | 'other'
export type { Language }

/** Words for the order itself and for the states it can be in, for status questions in any word order. */
const ORDER_NOUN =
  '(?:(?:my|the|our|meine|die|unsere|mein|das|mera|hamara) )?(?:order|orders|bestellung|lieferung|delivery|parcel|paket|sachen|saman|saamaan|groceries)'
/**
 * Small counts said in words, English and Hinglish, that make "drop"/"leave" deliver ("leave two milk", "drop ek
 * bread"): the few said with goods, not the whole of lexicon.ts NUMBER_WORDS, whose German "das" and weak "die"
 * would read "leave das Brot" as a count.
 */
const COUNT_WORDS = '(?:a|an|one|two|three|four|five|six|ten|dozen|ek|do|teen|char|paanch)'
/** Who brings the order: asked after, it stands for the order ("when will the driver come?"). */
const CARRIER = '(?:(?:the|our|my|your|ur) )?(?:driver|delivery (?:boy|guy|man|van)|van|truck|rider)'
const ORDER_STATE =
  'ready|fertig|bereit|abholbereit|complete|completed|done|finished|packed|gepackt|unterwegs|on (?:the|its) way|dispatched|shipped|sent|out|tayyar|taiyar|ready ho gaya|pack'

/**
 * The phrases are matched on folded text, which is lower case already: without the `i` flag V8 compiles them in a
 * fraction of the time (case-insensitive Unicode matching turns each letter into a class; the status phrases
 * alone took a third of a second on each start). rawPhrase gives the case-insensitive copy for unfolded text.
 */
const rx = (alts: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu')

/** A German verb of wanting, its subject and little words: "brauch ich doch", "nehmen wir jetzt", "will". */
const WANT_DE =
  '(?:brauch(?:e|en|t)?|will|wollen|m(?:o|oe|ö)chte(?:n)?|nehm(?:e|en)?|krieg(?:e|en)?)(?: (?:ich|wir))?(?: (?:doch|jetzt|dann|eigentlich|heute|morgen|also|aber|erst mal|erstmal|diesmal|dieses mal|vorerst|lieber|wohl|halt|gar|(?:am |diesen |nächsten |naechsten )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|wochenende)))*'

/** The start of a sentence, with a hello or a little word before it ("hi hab ihr …", "moin, hamse …"). */
const OPENS_QUESTION =
  '(?<=(?:^|[,.;:!?])\\s*(?:(?:hi|hey|hallo|halo|moin|servus|gruss gott|gruess gott|griass di|morgen|guten morgen|guten tag|na|und|dann|also|ach|sag mal|sagt mal|sagen sie mal)[\\s,!.]+)?)'

/** Being there, of goods in a German question: "… da", "… vorrätig". */
const THERE = '(?:da|vorhanden|vorratig|verfugbar|verfuegbar)(?![\\p{L}])'
/** The goods asked about: not the order itself ("ist die Bestellung da?" asks for its status). */
const GOODS_THERE =
  '(?!(?:meine |mein |die |der |das )?(?:bestellung|lieferung|paket|order|sachen)(?![\\p{L}]))'
const ASKED_THERE = `${GOODS_THERE}(?:(?:der|die|das) )?[\\p{L}-]+(?: [\\p{L}-]+)?(?: noch| heute)? ${THERE}`

/** One to three words of goods, not the order, before a closing "hai" ("kya paneer hai"). */
const GOODS_HAI_BEFORE = `${GOODS_THERE}[\\p{L}]+(?: [\\p{L}]+){0,2} `
const GOODS_HAI = `${GOODS_HAI_BEFORE}(?:hai|h|hain)\\s*\\??\\s*$`

/** "if you have paneer send 1": asking whether there is some, inside an order (understand.ts blanks it there). */
export const IF_YOU_HAVE = 'if (?:you|u) (?:have|got)(?: any| some)?'

export const PHRASES = {
  human: rx([
    'can i call(?: you)?',
    'call (?:you|u)',
    'ring me',
    'phone me',
    'please call',
    'talk to (?:a |the |some )?(?:human|person|someone|somebody|owner|manager|staff|real person|shopkeeper|agent)',
    'speak (?:to|with) (?:a |the )?(?:human|person|someone|owner|manager|staff|agent)',
    '(?:real|actual) (?:person|human)',
    'call me',
    'give me a call',
    'customer care',
    'customer service',
    '(?:talk to|speak to|need|want|connect (?:me )?to) (?:an? |the )?agent',
    '^agent$',
    'not a bot',
    'are you a bot',
    'baat kar(?:ni|na|ao|wa(?:o|do))?(?: hai)?',
    'baat karao',
    'call karo',
    'call kijiye',
    'phone karo',
    'bhaiya se baat',
    'owner se baat',
    'insaan',
    'mensch',
    'mitarbeiter',
    'ruf(?:en sie)? mich (?:bitte )?an',
    'anrufen',
    'mit (?:einem|jemandem) sprechen',
    'jemand(?:en)? sprechen',
  ]),
  status: rx([
    "where(?: is|'s|s)? (?:my|the|our) (?:order|parcel|delivery|package|stuff|items|saman|saamaan|groceries)",
    'delivery status',
    // "did you get my order?", "have u received our order", "hast du meine Bestellung bekommen?": whether the
    // order sent reached the shop, asked after it was sent
    `(?:did|have|has|do) (?:you|u|ya|you guys|anyone|someone) (?:(?:already|all) )?(?:get|got|gotten|receive|received|recieve|recieved|see|seen|saw) (?:(?:my|our|the|this|that|today['’]?s|yesterday['’]?s|last) )?(?:order|orders|delivery list|list|message|msg|email)(?= *(?:[?!.,]|pls|please|plz|yet|bhai|bhaiya|sir|ji|$))`,
    '(?:hast du|habt ihr|haben sie) (?:meine|unsere) (?:bestellung|nachricht) (?:schon )?(?:bekommen|erhalten|gesehen)',
    // "any update?", "any updates on my order", "update pls", "order update": news of the order asked for
    // without a question ("update" inside a change, "update the milk to 3", is no such question)
    `(?:any|what(?:'?s| is)(?: the)?) updates?(?: (?:on|about|of|for|regarding) (?:${ORDER_NOUN}|it))?(?= *(?:[?!.,]|pls|please|plz|bhai|bhaiya|sir|ji|$))`,
    `(?:${ORDER_NOUN}) updates?(?= *(?:[?!.,]|pls|please|plz|bhai|bhaiya|sir|ji|$))`,
    '^updates?(?= *(?:pls|please|plz)? *[?!.]*$)',
    // "what is my order number", "order no?", "my order id pls", "Bestellnummer?", "order ka number": the order
    // named by its number, which the status answer gives
    `(?:${ORDER_NOUN}) (?:number|no|nr|num|id|ka number|ki id)(?= *(?:[?!.,]|pls|please|plz|bhai|bhaiya|sir|ji|bitte|kya hai|batao|$))`,
    '(?:meine |die )?bestellnummer',
    // how long it will still take: "how much longer", "how much more time", "eta?", "its been 1 hr", "by when will
    // u deliver", "delivery kab tak", "wat abt my order"
    'how (?:much|many) (?:more )?(?:time|longer|minutes|mins|hours|hrs)(?: more)?',
    'how much longer',
    '^(?:(?:and|so|ok) )?eta(?: (?:pls|please|plz|bhai|bhaiya|sir))? *[?!.]*$',
    `(?:what(?:'?s| is) the |any )eta`,
    "(?:it'?s|its|it has|its already|it'?s already) been (?:\\d+|an?|one|two|half an?) (?:min|mins|minutes?|hr|hrs|hours?)",
    // "when are you delivering?", "what time r u coming": the delivery asked after in the present's future
    '(?:when|what time|by when) (?:are|r) (?:you|u) (?:delivering|coming|sending|bringing|dispatching)(?: (?:it|them|the order|our order|today|tomorrow))?(?= *(?:[?!.,]|pls|please|plz|$))',
    `(?:by )?when will (?:you|u) (?:send|deliver|bring|come)(?: (?:it|them|${ORDER_NOUN}))?(?= *(?:[?!.,]|pls|please|plz|$))`,
    `(?:${ORDER_NOUN}) kab(?: tak)?(?= *(?:[?!.]|$))`,
    `(?:wat|what|whats|what's) (?:abt|about|happened to|happened with) (?:${ORDER_NOUN}|it)`,
    '^(?:is it |has it been )?(?:dispatched|shipped|packed|out for delivery) *[?!.]*$',
    'where is my order',
    "where's my order",
    'wheres my order',
    'where is the order',
    'order status',
    'status of my order',
    'track(?:ing)? (?:my )?order',
    `when will (?:it|you|${ORDER_NOUN}) (?:come|arrive|reach|deliver|be delivered)`,
    // "will the order come before 9?", "can the delivery reach by 8?": when it comes, asked with a time
    `(?:will|would|can|could|shall) (?:it|${ORDER_NOUN}) (?:come|arrive|reach|be delivered|be there|be here)(?: [^?]*)?\\?`,
    'how long (?:will it|for the order|till)',
    'not (?:yet )?(?:received|delivered|arrived)',
    // "delivery boy not reached yet", "order not come yet", "abhi tak nahi pahuncha"
    '(?:not|nahi|nahin) (?:yet )?(?:reached|come|came|pahuncha|pahucha|pohcha|pahunchi)',
    'still waiting',
    'kab (?:tak )?(?:aayega|ayega|aaega|aega|aayegi|ayegi|milega|pahunchega|pohchega|aaenge|ayenge|bhejoge|aa raha)',
    'kitna (?:time|samay|der)',
    'kitni der',
    'kahaa?n? (?:hai|tak) (?:mera )?order',
    'order kahaa?n?',
    // "order ka kya hua?", "mera saman kya hua", "ऑर्डर का क्या हुआ": what became of it
    `(?:${ORDER_NOUN})(?: (?:ka|ki|ko))? kya (?:hua|huwa|hui|scene hai)`,
    'abhi tak nahi (?:aaya|aya|mila)',
    'nahi aaya',
    'wo ist meine bestellung',
    // "ist die Bestellung schon da?", "ist meine Lieferung unterwegs?"
    '(?:ist|sind) (?:meine |die |unsere )?(?:bestellung|lieferung|sachen|paket)(?: schon| jetzt| bald)? (?:da|unterwegs|raus|los|verschickt|unterwegs)',
    'wann kommt',
    'wie lange (?:noch|dauert)',
    'status meiner bestellung',
    'bestellung noch nicht',
    'noch nicht (?:da|angekommen|geliefert)',
    'status',
    // a question about the order's state: "ist meine Bestellung fertig?", "is the order complete?"
    `(?:is|ist|are|sind|hai) (?:${ORDER_NOUN}) (?:schon |already |now |jetzt |abhi )?(?:${ORDER_STATE})`,
    `(?:${ORDER_NOUN}) (?:schon |already |abhi |jetzt )?(?:${ORDER_STATE})(?: (?:hai|h|ho gaya|hua))? (?:kya|yet|schon)`,
    `(?:${ORDER_NOUN}) (?:${ORDER_STATE}) (?:hai |h )?kya`,
    `kya (?:${ORDER_NOUN}) (?:${ORDER_STATE})`,
    // "ho gaya?", "ho gaya kya", "order ho gya?", "sab ho gaya kya", "हो गया?": is it done, asked of the order (never
    // the goods or the payment: "payment ho gaya?" is about the money, "dahi khatam ho gaya?" about the goods)
    `(?:^|(?<=^(?:(?:${ORDER_NOUN}|sab|sabh|sara|saara|woh?|vo|bhaiya|bhai|ji|acha|accha|achha|ok|okay|toh?|to|kya)[ ,]+)+))(?:ho gaya|ho gya|hogaya|hogya|ho gayi|ho gyi|hua|huwa|ban gaya|ban gya|bana|pack hua|pack ho gaya)(?:(?: (?:hai|h|kya|ky|kia|na|ki nahi|ya nahi|bhaiya|bhai|ji))* *\\?|(?: (?:hai|h))? (?:kya|ky|kia|ki nahi|ya nahi)(?: (?:bhaiya|bhai|ji|na|abhi))*$)`,
    // "Order received?", "delivery dispatched?": the state asked with the question mark alone
    `(?:${ORDER_NOUN}) (?:${ORDER_STATE}|received|delivered|placed|confirmed|accepted|booked)(?: (?:or not|yet|hai|h|he|hua|ho gaya|hogaya))? *\\?`,
    // "the order is complete?", "our delivery is on the way?": the statement's word order, asked with the mark
    `(?:${ORDER_NOUN}) (?:is|are|has been|have been) (?:already |now |still |not |still not )?(?:${ORDER_STATE}|received|delivered)(?: (?:or not|yet))? *\\?`,
    // the order said as a pronoun once it is placed: "wann ist es fertig?", "ist alles fertig?", "is it ready?"
    `(?:wann )?(?:is|ist|are|sind|wird|werden) (?:it|es|sie|everything|alles|das|das ganze) (?:(?:schon|already|now|jetzt|denn|bald|dann) )?(?:${ORDER_STATE})`,
    `(?:when|wann) (?:will|is|wird|ist) (?:it|everything|es|alles|sie) (?:be )?(?:${ORDER_STATE})`,
    // "ist alles da?", "is everything available?", "sab hai na?": the order's goods said as a pronoun, asked
    // whether they are all there
    '(?:ist|is|are|sind) (?:alles|everything|das ganze|all of it)(?: (?:noch|schon|auch|still))? (?:da|vorratig|vorraetig|vorhanden|verfugbar|verfuegbar|available|in stock|there)(?= ?\\?|$)',
    // "has the order left yet?", "did the delivery go out?", "has it been dispatched?": its leaving asked after
    `(?:has|have|did) (?:it|they|${ORDER_NOUN}|${CARRIER}) (?:already |just )?(?:left|gone(?: out)?|go(?: out)?|leave|been (?:${ORDER_STATE}|delivered))`,
    // "when will the driver come?", "where is the driver", "is the van on the way?", "driver not here yet": the
    // one bringing the order asked after, its coming or where it is
    `(?:when|what time|by when) (?:will|is|does|would|can|should) ${CARRIER} (?:come|coming|arrive|arriving|reach|reaching|be here|be there|leave|leaving)`,
    `where(?: is|'s|s)? ${CARRIER}(?= *(?:[?!.,]|now|pls|please|plz|$))`,
    `(?:is|has) ${CARRIER} (?:already |still )?(?:left|coming|on (?:the|his|its) way|out|nearby|close)`,
    `${CARRIER} (?:is )?(?:still )?not (?:yet )?(?:here|there|arrived|come|reached)`,
    // "wann kann ich abholen?", "when can I pick it up", "kab le jaun"
    '(?:wann|ab wann) (?:kann|koennen|können|darf) (?:ich|wir|man) (?:(?:es|sie|das|die bestellung|alles) )?(?:abholen|vorbeikommen|holen|kommen)',
    'kann ich (?:(?:es|sie|das|die bestellung) )?(?:schon|jetzt) (?:abholen|holen|vorbeikommen)',
    'when can (?:i|we) (?:pick (?:it |them |the order )?up|collect|come)',
    'can (?:i|we) (?:come|pick (?:it |them )?up|collect)(?: it| the order)? (?:now|yet)',
    'kab (?:le (?:jaun|jau|jaaun|sakta|sakti)|aa (?:jaun|jau|sakta|sakti)|lene aa)',
    // "order kab tak aa jayega", "kab tak pahunch jayega"
    'kab (?:tak )?(?:aa|pahunch|pohch|mil) (?:jayega|jaega|jayegi|jaegi|jaenge|jayenge|raha|rahi)',
    // what it all comes to: the order's (or the cart's) total, "kitna hua", "what's the total", "was macht das"
    '(?:total|bill|kul|hisaab|hisab) (?:kitna|kitne|kya)(?: (?:hua|huaa|bana|hai|h))?',
    'kitna (?:hua|huaa|bana|banta|dena|dena hai|dena h|paisa|paise)',
    'kitne (?:ka hua|ka bana|paise (?:hue|hua|dene|dena)|rupaye (?:hue|hua|dene|dena))',
    // "kitne hue?", "कितने हुए?": how much it came to, the plural of rupees understood
    'kitne (?:hue|huye|hua|huwe)(?! (?:din|ghante|minute|mahine|saal))',
    // the total asked before its noun: "kitne ka bill bana", "kitna total hua", "kitne ka hisaab hua"
    '(?:kitne|kitna) (?:ka )?(?:total|bill|hisaab|hisab) (?:hua|huaa|bana|banta|hai|h)',
    "(?:how much|what)(?: is|'s|s| will be| was)? (?:the|my|our) (?:total|bill)",
    // "bill pls", "total please", "my bill?", "final bill", "bill amount": the bill asked for by its noun alone
    '^(?:(?:hi|hello|bhaiya|bhai|sir|ji|ok|okay)[ ,]+)*(?:my |the |final |total )?(?:bill|total|bill amount|total amount)(?: (?:amount|pls|please|plz|bhejo|batao|send|sir|ji|bhaiya|bhai))* *[?!.]*$',
    'how much (?:is it|total|in total|altogether|all together|do i (?:have to )?pay|should i pay|to pay)',
    // ("was kostet das Brot?" asks a price: the question about the total ends after das/es and its adverbs)
    '(?:was|wie ?viel) (?:macht|kostet) (?:das|es)(?: (?:alles|zusammen|insgesamt|jetzt|dann|denn))*(?= *(?:[?!.,]|$))',
    'wie ?viel (?:muss ich (?:zahlen|bezahlen)|macht alles)',
    // the cart itself: "show my cart", "what's in my basket", "bill batao", "zeigen Sie mir den Warenkorb"
    '(?:show|send|tell)(?: me)? (?:my |the )?(?:cart|basket|bill)',
    // "can I get an invoice", "receipt please", "Rechnung bitte": the bill of the order
    '(?:an? |the |my |our )?(?:invoice|receipt|rechnung|quittung|kassenbon|statement|account statement)(?: (?:please|pls|bitte|bhejo|send))?',
    "what(?:'?s| is) in (?:my|the) (?:cart|basket)",
    '(?:cart|bill) (?:dikhao|dikha do|batao|bata do|bhejo)',
    '(?:zeig(?:en sie)?(?: mir)? (?:den |meinen )?warenkorb|was ist (?:im|in meinem) warenkorb)',
  ]),
  catalog: rx([
    "(?:today'?s|todays|your|current|latest) (?:prices|rates|price list|menu)",
    'aaj ka (?:rate|bhav|bhaav)',
    'aaj ke (?:rate|bhav|bhaav)',
    'heutige preise',
    'aktuelle preise',
    'menu',
    'price ?list',
    'rate ?list',
    'catalog(?:ue)?',
    'product list',
    'item list',
    'full list',
    // "can you send me a list", "pls share the full item list", "give me ur price list": the list as what is sent
    "(?:send|share|show|give|forward|mail)(?: (?:me|us))?(?: (?:the|a|your|ur|yr|ek|all))?(?: (?:full|complete|whole|latest|current|updated|new|daily|today'?s))?(?: (?:items?|products?|prices?|rates?|stock|grocery|groceries))? list",
    // "list of items?", "a list of your products", "list of prices pls"
    'list of (?:all )?(?:the |your |ur )?(?:items|products|goods|things|groceries|prices|rates|stuff|everything)',
    // "can i see your products", "show me all items", "show me what you have"
    '(?:show|see|view)(?: (?:me|us))?(?: (?:all|the|your|ur))* (?:products|items|range|stock)',
    '(?:show|tell)(?: (?:me|us))? what (?:all )?(?:you|u) (?:have|sell|got|keep)',
    // "which items do you have", "what all items you have", "what products do u sell"
    '(?:which|what)(?: all)? (?:items|products|things)(?: (?:do|can))? (?:you|u) (?:have|sell|got|keep)',
    'what (?:all )?(?:do|can) (?:you|u) (?:have|sell|got)',
    // "what else do you have", "anything else?", "aur kya hai", "was habt ihr noch": the rest of what is sold
    'what (?:else|other(?: things| items| stuff)?) (?:do|can|have) (?:you|u)(?: (?:have|sell|got|offer))?',
    'aur kya (?:kya )?(?:hai|h|milega|milta hai|rakhte ho)',
    'was (?:habt ihr|haben sie|gibt es) (?:sonst|noch)',
    'what (?:items|products) (?:do you|are) (?:have|available)',
    "what's available",
    'what is available',
    'kya kya (?:milega|milta|hai|h|available|rakhte)',
    'kya milega',
    'kya milta hai',
    'kya kya',
    'list bhejo',
    'list bhej(?:o|do|iye)',
    'saman ki list',
    'was habt ihr',
    'was gibt es',
    'was haben sie',
    'speisekarte',
    'preisliste',
    'sortiment',
    'angebot',
    'was verkauft ihr',
  ]),
  price: rx([
    'price of',
    'prices? for',
    'rate of',
    'cost of',
    'how much (?:is|are|for|does|do|will)',
    'how much',
    "what's the price",
    'what is the price',
    'kitne ka',
    'kitne ki',
    'kitne ke',
    'kitna (?:hai|h|ka|ki|ke|price|rate|paisa|rupees?)',
    'kya (?:rate|price|bhav|daam|bhaav)',
    '(?:ka|ki|ke) (?:rate|price|bhav|bhaav|daam|dam)',
    'rate kya',
    // "tamatar kaise diye", "aloo kitne rupaye kilo", "kya bhav chal raha hai"
    '(?:kaise|kaisa|kese|kaise ke) (?:diye|diya|diyе|de rahe|de rhe|lagaye|lagaya|lag rahe|hai|h|hain)',
    'kitne (?:rupay|rupaye|rupees?|rs|ka|ki|ke) (?:kilo|kg|dozen|darjan|packet|piece|litre|liter)',
    'kitne me(?:in)? (?:diya|diye|dete|doge|milega|milta)',
    '(?:bhav|bhaav|rate|daam) (?:kya )?(?:chal raha|hai kya|batao|bata do|bataiye)',
    'price kya',
    'bhav kya',
    // "aloo kis bhav de rahe ho", "kis rate mein"
    'kis (?:bhav|bhaav|rate|daam|dam)',
    'daam kya',
    'was kostet',
    'was kosten',
    'wie ?viel kostet',
    'wie ?viel kosten',
    'wie teuer (?:ist|sind|wäre|ware|waere|waren|wären|kommt|kommen)',
    'preis (?:von|für|fur|fuer)',
    'was ist der preis',
    'price\\?',
    'rate\\?',
    'preis\\?',
    // "Tomato price today?", "onion rate now?", "tomato price pls": the goods' price asked with a word of when
    '(?:price|rate|prices|rates)(?: (?:today|now|this week|pls|please|plz))+ *\\?',
    '(?<=\\p{L} )(?:price|rate)(?: (?:today|now|this week|pls|please|plz))* *$',
  ]),
  availability: rx([
    'do (?:you|u) have',
    // "do you sell rice?", "do you keep fresh paneer", "verkauft ihr Eier?", "führen Sie Hafermilch": what the shop
    // has, asked by what it does
    'do (?:you|u) (?:sell|stock|keep|carry)',
    // "will you have mangoes next week?", "would you have baby corn": whether there will be some
    '(?:will|would) (?:you|u) (?:have|be having|get|stock)',
    '(?:verkauft|fuehrt|fuhrt|führt) ihr',
    '(?:verkaufen|fuehren|fuhren|führen) sie',
    // "show me biscuits", "biscuit dikhao": what there is of it
    'show me',
    'dikha(?:o|do|iye| do)',
    'have (?:you |u |ya )?got',
    // "got any fresh coriander?", "is maggi there?", "if you have paneer send 1"
    'got any',
    '(?:is|are)(?= (?:the |any |some )?[\\p{L}-]+(?: [\\p{L}-]+)? there ?\\?)',
    'there(?= ?\\?)',
    IF_YOU_HAVE,
    'is there',
    'are there',
    // "will there be paneer tomorrow", "would there be mangoes next week": whether there will be some
    '(?:will|would) there be',
    // "is ghee available?", "ghee available hai", "2 kg onion if available"
    'available',
    'availability',
    'in stock',
    '(?:hai|h) kya',
    'kya (?:aapke|apke|tumhare|aap ke|ap ke) (?:paas|pass|pas)',
    // "kaunsa atta hai aapke paas", "paneer aapke paas hai?": whom it is with, said last, asks whether there is
    '(?:aapke|apke|tumhare|aap ke|ap ke) (?:paas|pass|pas)(?: (?:hai|h|hain))?(?=\\s*\\??\\s*$)',
    // "kya paneer hai?", "क्या ताज़ा मटर है": the question word first and the copula last frame the goods
    // (each look behind is tried only where the words after it are: a look ahead and a look behind at one place
    // hold or not whichever is tried first, and the look behinds back to the start are slow on long texts)
    `(?=kya )(?<=^\\s*)kya(?= ${GOODS_HAI})`,
    `(?=(?:hai|h|hain)\\s*\\??\\s*$)(?<=^\\s*kya ${GOODS_HAI_BEFORE})(?:hai|h|hain)(?=\\s*\\??\\s*$)`,
    '(?:paas|pass|pas) (?:hai|h)\\?',
    'milega kya',
    'milegi kya',
    'milenge kya',
    // "paneer milega?", "ande milenge?": the question mark asks it as the kya does
    'mil(?:ega|egi|enge)(?= ?\\?)',
    // "mil jayega", "ande mil jayenge?", "bhindi mil jaegi": every gender, number and spelling
    'mil ja(?:a|y|ay|aay)?e(?:ga|gi|nge)',
    'habt ihr',
    'haben sie',
    // as it is typed and spoken: "hab ihr" (a "t" dropped), "habts ihr", "habts no Spargel" (Bavarian), "hobts",
    // "ham Sie", "hamse", "hättet ihr"
    // (at the start of a sentence only: "ich hab ihr gestern …" is no question)
    `(?=(?:ha(?:b|bd|be)(?:t?s)?|hat|hobt?s?) ihr)${OPENS_QUESTION}(?:ha(?:b|bd|be)(?:t?s)?|hat|hobt?s?) ihr`,
    `(?=h[ao]bts|hamse|ham (?:sie|se|ihr))${OPENS_QUESTION}(?:h[ao]bts|hamse|ham (?:sie|se|ihr))`,
    'h(?:a|ae)ttet ihr',
    // the du-form: "hast du noch Radieschen?", "hättest du Spargel"
    'hast du',
    'hattest du',
    'haettest du',
    'gibt es',
    "gibt'?s",
    // asked the indirect way: "ich wollte fragen ob ihr heute frische Eier habt", "wollte mal wissen, ob es noch
    // Spargel gibt", "ob Sie Erdbeeren da haben": the frame before the goods and the verb after them
    '(?:(?:ich |wir )?(?:wollte|wollten|wollt|mochte|moechte|wurde|wuerde|darf ich|kann ich) (?:(?:mal|nur|kurz|gern|gerne|euch|sie|dich|nachfragen|fragen) )*)?(?:fragen|nachfragen|wissen),? ob (?:ihr|sie|du|es)',
    '(?<=^\\s*)ob (?:ihr|sie|du|es)(?= .*(?:habt|haben|hast|gibt)\\s*\\??\\s*$)',
    '(?=(?:da )?(?:habt|haben|hast|gibt)\\s*\\??\\s*$)(?<=(?:(?:fragen|wissen),? |^\\s*)ob (?:ihr|sie|du|es) .*)(?:da )?(?:habt|haben|hast|gibt)(?=\\s*\\??\\s*$)',
    // "Kann man den Spargel schon geschält bekommen?", "kann man bei euch Eier kaufen?": whether one can get it
    '(?=(?:kann|konnte|koennte) man )(?<=^\\s*)(?:kann|konnte|koennte) man(?= .*(?:bekommen|kaufen|kriegen|bestellen)\\s*\\??\\s*$)',
    '(?=(?:bekommen|kaufen|kriegen|bestellen)\\s*\\??\\s*$)(?<=^\\s*(?:kann|konnte|koennte) man .*)(?:bekommen|kaufen|kriegen|bestellen)(?=\\s*\\??\\s*$)',
    // "ist noch Spargel da?", "sind heute Erdbeeren da", "ist der Bergkäse noch vorrätig?": the words around the
    // item, not the item itself (what is asked about is what is left)
    `(?<![\\p{L}] )(?:ist|sind)(?: noch| heute| auch)?(?= ${ASKED_THERE})`,
    `(?=${THERE})(?<=(?<![\\p{L}] )(?:ist|sind)(?: noch| heute| auch)? ${GOODS_THERE}(?:(?:der|die|das) )?[\\p{L}-]+(?: [\\p{L}-]+)?(?: noch| heute)? )${THERE}`,
    // "habt ihr Erdbeeren da?", "gibt es noch Spargel da?": the "da" that closes the question is not the goods
    // (the cheap look ahead first: the look behind is tried only where a "da ?" is)
    `(?=${THERE}\\s*\\?)(?<=(?:habt ihr|haben sie|hast du|gibt es|gibt'?s)(?: [\\p{L}-]+){1,3} )${THERE}`,
    // "Erdbeeren noch da?", "Spargel heute da?": the goods, then whether they are there, asked
    `(?=(?:(?:noch|heute|auch|schon) )*${THERE}\\s*\\?)(?<=^\\s*${GOODS_THERE}[\\p{L}-]+(?: [\\p{L}-]+)? )(?:(?:noch|heute|auch|schon) )*${THERE}`,
  ]),
  cancel: rx([
    "(?:i )?don'?t want (?:it|this|that|anything)(?: anymore)?",
    "(?:i )?don'?t want",
    'do not want',
    'cancel(?:led)?(?: (?:my|the|this) order)?',
    'cancel it',
    'nahi chahiye',
    'nahin chahiye',
    'nai chahiye',
    'mat bhejo',
    'mat bhejna',
    'rehne do',
    'rahne do',
    'rehene do',
    'cancel kar(?:o|do| do|na)?',
    // "रद्द करो" (radd karo), "mat bhejiye"
    'radd(?: kar(?:o|do| do|na|en|iye|dijiye| dijiye)?)?',
    'mat bhejiye',
    'stornieren',
    'storniere',
    'storno',
    'abbrechen',
    'doch nicht',
    'never ?mind',
    'forget it',
    // "leave it", "leave it then", but not "leave it at the door"
    'leave it(?=(?: (?:then|na|yaar|bhai|bhaiya|please|pls))?[.! ]*$)',
    // "band kar do" (stop it), "chhodo", "lass mal", "vergiss es"
    'band kar(?:o|do| do| dijiye| dena)',
    'chh?odo',
    'chh?od do',
    'lass (?:es|mal|gut sein)',
    'vergiss es',
    // "doch nichts", "lieber doch nix", "ich nehm doch gar nichts": nothing after all (not "doch nichts mehr dazu",
    // nothing more)
    `(?:${WANT_DE} )?doch (?:gar )?(?:nichts|nix)(?! (?:mehr|weiter|anderes|dazu|sonst))`,
    "don't send",
    'dont send',
    'do not send',
  ]),
  done: rx([
    "that'?s (?:all|it)",
    'that is (?:all|it)',
    'nothing (?:else|more)',
    'bas itna(?: hi)?',
    'itna hi',
    'bas',
    'aur kuch nahi(?:n)?',
    'kuch aur nahi(?:n)?',
    'das (?:wars|wäre alles|ware alles|ist alles|war alles)',
    'sonst nichts',
    'mehr nicht',
    'nichts mehr',
    'sonst nix',
    "das (?:war|wär)(?:'?s| es)",
    // "das wär dann alles", "des war's dann auch schon", "das waere alles": the clipped and spelled-out forms
    '(?:das|des|dis) (?:war|waer|waere|wär|wäre|ware)(?: (?:dann|auch|schon|erstmal|erst mal|es))* alles',
    '(?:das )?(?:wäre|ware )?alles',
    'fertig',
    "that'?s it",
    "that's everything",
    'all good',
    'done',
  ]),
  confirm: rx([
    'yes(?: please)?',
    // a lone "y", and "final" / "finalize": the cart as it stands
    '^y$',
    'final(?:i[sz]e)?',
    // "place order", "please place my order": with a cart, that cart ("I'd like to place an order" is no yes: the
    // verb of wanting before it is read first)
    '(?<!(?:to|can i|could i|may i|want|like) )place (?:the |my |this )?order',
    'yeah',
    'yep',
    'yup',
    'yess+',
    'ya',
    'ok(?:ay)?',
    'okk+',
    'k',
    'kk',
    'sure',
    'confirm(?:ed)?',
    'correct',
    'right',
    'done',
    'go ahead',
    'send it',
    // "send", "ok send", "pls send asap", "send now": the cart as it stands, sent (never with goods named)
    '(?:pls |please |plz )?send(?: (?:it|them|all|everything|now|asap|today|pls|please|plz|bhaiya|bhai|sir))*(?= *[.!]*$)',
    'proceed',
    'perfect',
    'fine',
    'alright',
    'sounds good',
    'that.s right',
    'haan(?: ji)?',
    'haa',
    'han',
    'ha',
    'hanji',
    'haanji',
    'ji(?: haan| ha)?',
    'th(?:ee|i)k (?:hai|h|he)',
    'sahi (?:hai|h)',
    'bhej do',
    'bhejo',
    'bhej dijiye',
    'bhej dena',
    'kar do',
    'chalega',
    // the thing just offered, pointed at: "haan wahi de do", "वही चलेगा", "yahi bhej do"
    '(?:wahi|vahi|yahi|yehi|woh?i?) (?:de do|dedo|de dena|dena|de dijiye|chalega|chalegi|bhej do|theek hai|sahi hai|le lunga|le lenge)',
    'theek',
    'thik',
    'ho gaya',
    'pakka',
    'ja',
    'jawohl',
    'passt',
    // Bavarian and Swabian: "basst scho", "des basst"
    'bass(?:t|d)',
    'genau',
    'stimmt',
    'richtig',
    'in ordnung',
    'alles klar',
    // giving in or agreeing: "na gut", "na schön", "na dann", "na klar" ("na" alone is a Hindi no)
    'na (?:gut|sch(?:ö|o|oe)n|klar|dann|prima|super|ok|okay)',
    'einverstanden',
    'klar',
    'bestätigt',
    'bestatigt',
    // (not the verb of a question put first: "macht ihr auch Torten?", "schickt ihr das auch?")
    'mach(?:t)?(?: es)?(?! (?:ihr|du|sie|man)(?![\\p{L}]))',
    'schick(?:t)?(?: es)?(?! (?:ihr|du|sie|man)(?![\\p{L}]))',
    'jo',
    // "jepp", "jap", "jupp", and "so machen wir's": a yes as it is typed
    'je?pp?',
    'jap+',
    'jupp?',
    "(?:dann |so )?machen wir(?:'?s| es| das| so)",
    // everyday German yes: "gerne", "passt so", "so ist gut", "genau so", "ja bitte"
    'gerne?',
    'gut',
    'super',
    'prima',
    'perfekt',
    'wunderbar',
    'bestens',
    'top',
    'jep',
    'jup+',
    'jawoll',
    // Bavarian "jawoi", "jo mei, basst", Swiss "jo gärn", "guet so"
    'jawoi',
    'guet(?: so)?',
    // a yes drawn out or said the northern and southern way: "jaaa passt", "jau", "joa", "freilich", "geht klar"
    'jaa+',
    'jau',
    'jou',
    'joa+h?',
    'freilich',
    'logo',
    'geht klar',
    'gebongt',
    'okay',
    'bestätigen',
    'bestatigen',
    'bestaetigen',
    'abschicken',
    'absenden',
    'so machen',
    'so nehmen',
    'nehme ich',
    'nehmen wir',
    'korrekt',
    'bilkul(?: (?:sahi|theek|thik))?',
    'looks good',
    'sounds great',
    'all right',
    // acknowledgements: a yes to a cart, a thank-you after an order ("cool", "great", "badhiya")
    'cool',
    'great',
    'awesome',
    'got it',
    'noted',
    'badh?iy[aa]',
    'bahut (?:badh?iya|accha|acha|achha)',
    'mast',
    'toll',
  ]),
  negative: rx([
    'no',
    'nope',
    'nah',
    'nahi',
    'nahin',
    'naheen',
    'nahee',
    'nhi',
    'nai',
    'na',
    'nein',
    'ne',
    'nee',
    'noe',
  ]),
  /**
   * The goods came, said as news: a thank-you when nothing else is said. Stripped before the confirm and done
   * words of a short reply, whose "gut" and "alles" it holds ("alles gut angekommen").
   */
  arrived: rx([
    // the goods left unsaid ("mil gaya, shukriya", "sab kuch mil gaya"), and the goods' coming said in
    // English and German ("received everything", "got everything, thanks", "alles gut angekommen", "die
    // Lieferung ist angekommen", "haben alles bekommen")
    '(?:(?:sa+ma+n|order|sab|sab kuch|kuch) )?mil (?:gaya|gayi|gaye|gya|gyi)(?! ?(?:kya|\\?))',
    // ("got it" stays an acknowledgement: a yes to a waiting cart)
    '(?:received|recieved|got|recd) (?:everything|it all|all of it|all items|all the items|all the goods|the (?:order|delivery|goods|items|stock))(?! ?\\?)',
    '(?:(?:alles|alle sachen|die ware|die lieferung|die bestellung|das paket|lieferung|bestellung|ware|paket)(?: ist| sind)?(?: (?:gut|heil|wohlbehalten|super|prima|schon|richtig))? (?:angekommen|erhalten|bekommen|da)|(?:habe|haben|hab) (?:alles|die (?:lieferung|bestellung|ware)|das paket)(?: (?:gut|heil|schon|richtig))? (?:bekommen|erhalten))(?! ?\\?)',
  ]),
  thanks: rx([
    'thnks',
    'thanx',
    'thanq',
    'tq',
    'tnq',
    'thankyou',
    'thank you very much',
    'thanks?(?: you)?(?: so much| a lot| very much)?',
    // the goods came: "received with thanks", "all received", "goods received, thank you"
    '(?:(?:goods|items|order|delivery|all|everything|stock) )?(?:received|recieved|recd)(?: (?:with|w) thanks?)?',
    // "order mil gaya", "saman mil gaya dhanyavad", "sab mil gaya"
    // ("doodh aa gaya kya?" asks, it does not thank)
    '(?:order|saman|samaan|delivery|parcel|sab|sabzi|doodh) (?:mil|aa) (?:gaya|gayi|gaye|gya|gyi)(?! ?(?:kya|\\?))',
    'thank u',
    'thanku',
    'thnx',
    'thx',
    'tnx',
    // the trade's short thanks: "tks", "thks", "tnks"
    'tks',
    'thks',
    'tnks',
    'ty',
    'tysm',
    // British: "cheers", "cheers mate", and "ta" alone or closing a short word of approval ("ok ta", "lovely ta")
    'cheers(?: mate| then)?',
    '^ta$',
    '^(?:ok|okay|k|lovely|great|perfect|brilliant|cheers|nice one|sorted|got it) ta$',
    'shukriya',
    'shukria',
    'dhanyavaad',
    'dhanyawad',
    'dhanyavad',
    'danke(?: schön| schon| sehr)?',
    // one word, and the southern thanks: "Dankeschön", "Vergelt's Gott", "Dankeschee"
    'dankesch(?:ö|o|oe|e)e?n',
    'dankeschee',
    "vergelt'?s ?gott",
    'merci vielmals',
    'vielen dank',
    // Swiss: "merci vielmal", "merci viumau"
    'merci(?: vielmal| vilmal| viumau| viu mau| beaucoup)?',
    // a goodbye closes the talk as thanks do: "tschüss", "tschö", "ciao", "bye", "pfiat di", "ade", "bis dann"
    'tsch(?:ü|u|ue)(?:ss?|ssi|ssle|ssikowski)',
    'tsch(?:ö|oe|o)(?:ö|oe|o)?',
    'tschau',
    'ciao',
    '(?:ok |okay )?bye(?: bye)?',
    'pfiat (?:di|eich|enk|gott)',
    '^ade$',
    '^adieu$',
    '^bis (?:dann|bald|sp(?:ä|ae|a)ter|nachher|gleich|morgen|demn(?:ä|ae|a)chst)$',
  ]),
  greeting: rx([
    'hi+e*',
    'hello+',
    'hey+',
    // the street's hello: "ey habt ihr noch Mate?", "eyy 2 Sterni"
    'ey+',
    'helo',
    'hlo',
    'hii+',
    'namaste',
    'namaskar',
    // "good morning" in Hindi: "suprabhat", "शुभ प्रभात"
    '(?:shubh )?(?:su)?prabhaa?t',
    'salaam',
    'salam',
    'assalamualaikum',
    'good (?:morning|afternoon|evening|day|night)',
    // but after a number it is grams: "200 gm wala 2", "250 gm"
    '(?<!\\p{N}[\\s.]*)gm',
    'hallo',
    'guten (?:tag|morgen|abend)',
    'moin(?: moin)?',
    // everyday and regional: "Hallöchen", "Huhu", "Tach", "Moinsen", "n'Abend", "Mahlzeit"
    'hall(?:ö|o|oe)chen',
    'hallihallo',
    'huhu',
    'tach(?:chen)?',
    // "Tag, 2 kg Kartoffeln …": Guten Tag cut short, opening the message
    '^tag(?=\\s*[,!.]|$)',
    'moinsen',
    "n'?abend",
    'nabend',
    'mahlzeit',
    'servus',
    'gruss gott',
    'gruß gott',
    // Swiss and Austrian hellos, and the letter's salutation ("Sehr geehrte Damen und Herren")
    'gruezi',
    'grueezi',
    'gruessech',
    'griass di',
    'grias di',
    'griass eich',
    'servas',
    'hoi(?: z(?:ä|a|ae)me| mitenand| zusammen)',
    'sali(?: z(?:ä|a|ae)me| mitenand| zusammen)',
    'habe die ehre',
    'sehr geehrte(?:r|s)? damen und herren',
    // "Sehr geehrte Frau Huber": the hello, its "geehrte" and the name are read as "liebe Frau Huber" is
    'sehr(?= geehrte)',
    'hola',
    'raa?m raa?m',
    'jai shree krishna',
    'sat sri akal',
    'yo',
  ]),
  orderVerb: rx([
    'same as (?:last time|before|yesterday|last week)',
    'repeat (?:my |the )?(?:last |previous )?order',
    'wahi (?:jo|wala)',
    'pichli baar (?:wala|jaisa)',
    'wie letztes mal',
    'same order',
    'i want',
    'i need',
    // a list announced without its subject or with a short please: "Need the following items", "pls send below"
    'need(?= (?:the |these |below|following))',
    '(?:pls|plz|kindly) send',
    '(?:items?|things) (?:needed|required)',
    'i would like',
    "i'd like",
    'please send',
    'send me',
    'can i (?:get|have|order)',
    'could i (?:get|have)',
    'may i (?:get|have)',
    'order',
    'add',
    'give me',
    'get me',
    'i will take',
    "i'll take",
    'let me (?:get|have)',
    'chahiye',
    'chaiye',
    'bhejna',
    'bhej(?:o|do|dena|iye)',
    'de do',
    'dedo',
    'dena',
    'lana',
    'mangwana',
    'mangt[aie]',
    'bhijwa(?:na|do|dena|iye)?',
    'la (?:do|dena|dijiye|dijie|dedo)',
    'schicken',
    'liefern',
    'ich möchte',
    'ich mochte',
    'ich hätte gern',
    'ich hatte gern',
    'ich brauche',
    'bestellen',
    'bitte',
    'ich nehme',
    'wir brauchen',
    'wir möchten',
  ]),
  remove: rx([
    'remove',
    'delete',
    // "forget the milk", "skip the bread", "milk rehne do", "doodh chhod do", "vergiss die Milch"
    "(?<!(?:don'?t|do not|never|not) )forget(?: about)?",
    'skip',
    // "drop the coffee", "scratch the bread", "omit the sugar", "leave out the chips", "leave the maggi": but "drop"
    // and "leave" with an amount or "off" deliver in Indian English ("pls drop 2 bread", "drop off 5 kg rice",
    // "leave 2 milk packets"), unless out of or from something ("leave 2 eggs out", "drop 1 milk from my order"),
    // and so do goods left or dropped at a place ("leave the milk at the door")
    `(?:drop|leave)(?! off\\b| (?:\\d|${COUNT_WORDS}\\b)(?!.*\\b(?:out|from)\\b))(?: out)?(?! (?:[^ ]+ ){0,4}(?:at|with|outside|near|by|in|on|to|inside|downstairs|upstairs)\\b)`,
    'scratch',
    'omit',
    'exclude',
    'strike (?:off|out)',
    '(?:rehne|rahne|rehene) (?:do|dijiye|dena)',
    '(?<!le )(?:jane|jaane) (?:do|dijiye|dena)',
    'chh?od do',
    'chh?odo',
    'vergiss',
    'vergessen sie',
    'take out',
    'take off',
    // "take the bread off my order", "take 2 maggi out of it": the goods between the verb and its particle
    '(?:take|took) (?:[^ ]+ ){1,4}(?:off|out)',
    'minus',
    'no more',
    "don't want",
    'dont want',
    // "no need of onion", "onion not needed", "don't need the mint", "tomato not required today"
    'no need(?: (?:of|for))?',
    'not (?:needed|required|wanted|necessary)',
    "(?:don'?t|do not) need",
    "(?:don'?t|do not) send",
    'without',
    'hata(?:o| do|do|na)?',
    'nikal(?:o| do|do)?',
    'kam kar(?:o|do)',
    // stopping what comes regularly: "kal se doodh band kar do", "stop the milk", "Milch abbestellen"
    'band kar(?:o|do| do| dena| dijiye| dijie|na)',
    'stop(?: sending| the| delivering)?',
    'abbestellen',
    'entfernen',
    'streichen',
    'weg(?:lassen|nehmen)?',
    'ohne',
    'cancel',
    // German puts the verb last: "die Butter bitte wieder rausnehmen", "das Brot streichen"
    'raus(?:nehmen|machen|tun|werfen|lassen)?',
    'wieder raus',
    'wegnehmen',
    'wegmachen',
    'löschen',
    'loschen',
    'loeschen',
    'doch kein(?:e|en|er)?',
    // "die Butter doch nicht"
    'doch nicht',
    'nicht mehr',
    // "Brezeln brauch ich keine", "die Butter will ich jetzt nicht", "Milch nehmen wir doch keine", "brauch
    // keine Brezeln mehr": a verb of wanting said with no, before or after the goods
    `${WANT_DE} (?:keine|keinen|keins|kein)`,
    // (a "nicht" after the goods closes the sentence: "die Brezeln brauch ich doch nicht"; "ich brauch nicht viel,
    // nur 2 Brezeln", "ich brauche nicht 2 sondern 3" take nothing out)
    `(?<!(?:ich|wir|i) )${WANT_DE} (?:nicht|nichts)(?: mehr)?(?=\\s*[.!]*\\s*(?:$|,|;))`,
    '(?:bitte|lieber) (?:doch )?nicht(?=\\s*[.!]*\\s*$)',
    // a reason instead of an edit word: "die Kartoffeln hab ich noch", "Butter haben wir schon zuhause", "I already
    // have milk" (said after the goods, with the verb second; "ich hab noch 2 Brezeln bestellt" is no such)
    "(?<=[\\p{L}] )(?:hab|habe|haben|hab's|habs) (?:ich|wir|i) (?:(?:doch|ja|eh|auch|jetzt) )*(?:noch|schon)(?: (?:genug|zu ?hause|daheim|da))?(?=\\s*[.!]*\\s*(?:$|,|;))",
    '(?:i|we) (?:already|still) (?:have|got)',
    // "die Milch muss raus", "die Butter kann weg", "raus damit"
    '(?:muss|kann|soll|darf) (?:raus|weg)',
    '(?:raus|weg) damit',
  ]),
  set: rx([
    'make (?:it|that|them)',
    'change(?: it)?(?: to)?',
    'instead',
    'update',
    'only',
    'kar do',
    'kardo',
    'karo',
    // its other persons: "pav 12 kar dena", "doodh 2 kar dijiye"
    'kar dena',
    'kar dijiye',
    'kar dijiyega',
    'kar dijie',
    'badal(?:o| do)?',
    'sirf',
    'bas',
    'draus',
    'daraus',
    'lieber',
    'ändern',
    'andern',
    // "die Brezeln bitte auf 5 erhöhen", "Kartoffeln auf 2 kg reduzieren"
    'erh(?:o|oe|ö)hen',
    'reduzieren',
    'verringern',
    'aufstocken',
    'statt',
    'nur',
  ]),
} as const

const raw = new Map<keyof typeof PHRASES, RegExp>()

/** The phrases of `kind` for text as the customer wrote it (any case), made on first use. */
export function rawPhrase(kind: keyof typeof PHRASES): RegExp {
  let r = raw.get(kind)
  if (!r) raw.set(kind, (r = new RegExp(PHRASES[kind].source, 'giu')))
  return r
}

export function has(kind: keyof typeof PHRASES, folded: string): boolean {
  const r = PHRASES[kind]
  r.lastIndex = 0
  return r.test(folded)
}

export function strip(kind: keyof typeof PHRASES, folded: string): string {
  return folded.replace(PHRASES[kind], ' ')
}

const HI = new Set([
  'hai',
  'h',
  'kya',
  'chahiye',
  'chaiye',
  'bhej',
  'bhejo',
  'bhejna',
  'dedo',
  'dena',
  'aadha',
  'adha',
  'dedh',
  'dhai',
  'paav',
  'pao',
  'ka',
  'ki',
  'ke',
  'aur',
  'bhaiya',
  'bhai',
  'likho',
  'likhiye',
  'likh',
  'nahi',
  'nahin',
  'haan',
  'kab',
  'mujhe',
  'wala',
  'wali',
  'kitne',
  'kitna',
  'ek',
  'teen',
  'char',
  'paanch',
  'aayega',
  'milega',
  'bhi',
  'tak',
  'karo',
  'kar',
  'ji',
  'sawa',
  'saadhe',
  'dhanyavaad',
  'shukriya',
  'namaste',
  'rehne',
  'mat',
  'hoga',
  'raha',
  'rahi',
  'abhi',
  'jaldi',
  'accha',
  'acha',
  'theek',
  'thik',
  // more of Hindi's grammar, around the English shop words Hinglish uses ("mera order cancel karna hai", "butter
  // hata dijiye")
  'mera',
  'meri',
  'mere',
  'karna',
  'karni',
  'kardo',
  'dijiye',
  'kijiye',
  'hata',
  'hatao',
  'hatado',
  'nikalo',
  'diya',
  'gaya',
  'hua',
  'mein',
])

/**
 * English shop words every Hinglish customer uses ("order cancel kar do", "2 packet doodh please"): beside a Hindi
 * word they are no sign of English.
 */
const EN_IN_HINGLISH = new Set([
  'order',
  'cancel',
  'packet',
  'dozen',
  'half',
  'bottle',
  'deliver',
  'price',
  'please',
  'pls',
  'okay',
])
/**
 * Hindi names of everyday goods. Customers who write English name them so too ("2 kg aloo, 1 dahi please",
 * "morning! 1 paneer, 2 dahi"), so beside English words they count only with Hinglish words there too ("aloo bhej
 * do"); alone ("1 peti tamatar") they are Hinglish.
 */
/**
 * German names of everyday goods that English never uses ("3 Semmeln", "2 Brezn", "10 Eier"): like HI_GOODS, a
 * message of only such goods and numbers is German, and beside English words they count only with German words too.
 */
const DE_GOODS = new Set(
  (
    'brot brote brotchen broetchen semmel semmeln schrippe schrippen weckle weckerl wecken brezel brezeln brezn breze ' +
    'laugenstange laugenstangen laugenbrezel eier ei milch vollmilch kase kaese kas wurst leberwurst kartoffel ' +
    'kartoffeln erdapfel apfel aepfel birne birnen erdbeeren erdbeere spargel radieschen gurke gurken tomaten ' +
    'zwiebel zwiebeln mohren moehren karotten sahne quark honig mehl zucker salz saft apfelsaft wasser ' +
    'marmelade konfituere konfiture bauernbrot dinkelbrot vollkornbrot kuchen streuselkuchen'
  ).split(' '),
)

const HI_GOODS = new Set([
  'tamatar',
  'pyaz',
  'aloo',
  'doodh',
  'chini',
  'anda',
  'ande',
  'chawal',
  'dahi',
  'namak',
  // more of the vegetable and dairy vendor's goods, and the pack words only Hindi has ("dhaniya 2 gaddi mirchi
  // 100 gm nimbu 6", "5 kela 1 kg seb")
  'dhaniya',
  'dhania',
  'mirchi',
  'nimbu',
  'kela',
  'kele',
  'seb',
  'adrak',
  'lahsun',
  'lehsun',
  'palak',
  'bhindi',
  'baingan',
  'gobhi',
  'matar',
  'lauki',
  'karela',
  'kheera',
  'gajar',
  'pudina',
  'makhan',
  'cheeni',
  // (not "atta": it is the English of Indian shops too, "atta 5kg 1 pkt")
  'gaddi',
  'darjan',
  'peti',
  'bori',
])

const DE = new Set([
  // pronouns, modal verbs and small words of a German request ("Kannst du mir … zur Seite legen?"); not those
  // that are English words too (die, was, war, den, so)
  'du',
  'mir',
  'dir',
  'dich',
  'uns',
  'euch',
  'kannst',
  'kann',
  'können',
  'konnen',
  'könnt',
  'konnt',
  'zur',
  'zum',
  'vom',
  'beim',
  'bis',
  'heute',
  'nur',
  'sind',
  'wie',
  'nehme',
  'nehmen',
  'würde',
  'wurde',
  'bräuchte',
  'brauchte',
  'aber',
  'oder',
  'einmal',
  'zweimal',
  'dreimal',
  'und',
  'bitte',
  'ich',
  'habt',
  'ihr',
  'ja',
  'passt',
  'eine',
  'einen',
  'ein',
  'zwei',
  'drei',
  'vier',
  'danke',
  'hallo',
  'mit',
  'gerne',
  'gern',
  'möchte',
  'mochte',
  'hätte',
  'hatte',
  'stück',
  'stuck',
  'bestellen',
  'kostet',
  'wo',
  'meine',
  'bestellung',
  'wann',
  'kommt',
  'nein',
  'halb',
  'halbes',
  'noch',
  'brauche',
  'packung',
  'flasche',
  'guten',
  'tag',
  'morgen',
  'milch',
  'brot',
  'eier',
  'zucker',
  'gibt',
  'haben',
  'nicht',
  'auch',
  'dazu',
  'wir',
  'für',
  'fur',
  'vielen',
  'dank',
  'genau',
  'stimmt',
  'moin',
  'servus',
  'tschüss',
  'äpfel',
  'kartoffeln',
  'tomaten',
  'zwiebeln',
  'käse',
  'schicken',
  'liefern',
  'preis',
  'mehl',
  'sahne',
  'wasser',
  'gut',
  'ist',
  'so',
  'jawohl',
  'alles',
  'schon',
  'wieder',
  'kein',
  'keine',
  'doch',
  'lieber',
  'statt',
  'draus',
  'fertig',
  'abholen',
  'je',
  'paar',
  'pfund',
  'bund',
  'liter',
  'glas',
  'gläser',
  'becher',
  'schale',
  'brötchen',
  'brezeln',
  // articles, tense and words of praise or regret about goods had: "Die Croissants waren der Hammer", "der
  // Kuchen gestern war lecker", "die Semmeln waren leider hart" ("die", "war" are English words too, "der" is
  // Hinglish: "der ho gayi")
  'dem',
  'des',
  'waren',
  'gestern',
  'lecker',
  'geschmeckt',
  'sehr',
  'echt',
  'wirklich',
  'leider',
  'etwas',
  'eure',
  'euer',
  'euren',
  'letzte',
  'woche',
  // dialect and everyday particles: "basst scho", "gell", "bräuchte"
  'basst',
  'scho',
  'nimm',
  'weg',
  'raus',
  'gell',
  'halt',
  'bräuchte',
  'brauchte',
  'braeuchte',
  'wollte',
])

const EN = new Set([
  'please',
  'pls',
  'want',
  'need',
  'send',
  'and',
  'the',
  'of',
  'some',
  'my',
  'order',
  'thanks',
  'thank',
  'you',
  // ("hi" and "hello" are said in every language the shop's customers write: "hi bhaiya" is Hinglish)
  'where',
  'is',
  'what',
  'how',
  'much',
  'price',
  'can',
  'i',
  'me',
  'give',
  'also',
  'yes',
  'no',
  'with',
  'for',
  'deliver',
  'today',
  'tomorrow',
  'one',
  'two',
  'three',
  'half',
  'dozen',
  'packet',
  'bottle',
  'cancel',
  'okay',
  // "morning! 1 paneer, 2 dahi": the time of day said as a greeting
  'morning',
  'evening',
  'afternoon',
])

/** The language to reply in: Hindi (Latin or Devanagari) or German when their words dominate, else English. */
export function detectLanguage(text: string): Language {
  if (/[\u0900-\u097F]/.test(text)) return 'hi-Deva'
  const { hi, de, en } = languageWordCounts(text)
  if (de > hi && de > en) return 'de'
  if (hi > de && hi > en) return 'hi'
  return 'en'
}

/**
 * How many of a message's words are marker words of Hinglish, German and English (function words, verbs,
 * greetings: not product names, which read the same in every language). The evidence a chat's language is
 * decided on (electron/engine/voice/language.ts).
 */
export function languageWordCounts(text: string): { hi: number; de: number; en: number } {
  const ws = fold(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  let hi = 0
  let de = 0
  let en = 0
  let goods = 0
  let loans = 0
  let deGoods = 0
  for (const w of ws) {
    if (HI.has(w)) hi++
    if (DE.has(w)) de++
    if (EN.has(w)) en++
    if (HI_GOODS.has(w)) goods++
    if (EN_IN_HINGLISH.has(w)) loans++
    if (DE_GOODS.has(w)) deGoods++
  }
  if (hi > 0) en -= loans
  if (hi > 0 || en === 0) hi += goods
  if (de > 0 || (en === 0 && hi === 0)) de += deGoods
  if (/[äöüß]/i.test(text)) de += 1
  // German numbers are written as one word: "zweieinhalb", "dreiundzwanzig"
  for (const w of ws)
    if (w.length >= 6 && (w.endsWith('einhalb') || w.endsWith('zig') || w.endsWith('ssig'))) de++
  return { hi, de, en }
}
