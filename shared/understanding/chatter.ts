// What a sentence is, read from its grammar: a question, a statement about how things are (a complaint when the
// state is one of goods gone wrong), a command that orders nothing, a sign-off or the sender's name. Only closed
// word classes are used (question words, auxiliaries, pronouns, copulas, particles, the verbs that order), in
// English, German (folded: no umlauts) and Hinglish, so any wording of the same shape is read the same way.
// A sentence that asks for goods (a request: "can you send 2 kg tomato?", "kya 2 kg aloo milega?", "können Sie 2
// Brote zurücklegen?") is no chatter: it is read as an order.
import { has, strip } from './intent'
import { GERMAN_ORDER_VERBS, NUMBER_WORDS, UNIT_WORDS } from './lexicon'
import { fold } from './text'

export type ChatterKind = 'question' | 'statement' | 'complaint' | 'command' | 'greeting' | 'signoff'

export interface Sentence {
  start: number
  end: number
  /** null: the sentence may order (an item list, a request). */
  kind: ChatterKind | null
  /** It has a verb that orders goods ("is it ok if you send 2 kg rice?"): its quantities are still read. */
  ordering: boolean
}

const set = (s: string) => new Set(s.split(' '))

/** Words that may open a sentence before its grammar starts: greetings, politeness, address, fillers. */
const LEAD = set(
  'hi hii hey hello helo hlo ok okay oh so well and also but now please pls plz kindly sir madam maam dear bro ' +
    'bhai bhaiya bhaiyya ji haan han achha accha acha arre hallo moin servus bitte also na ja nein no yes ' +
    'good morning evening afternoon guten tag morgen abend namaste namaskar just um uh hmm btw',
)

/**
 * The rest of a greeting says whom it greets: little words and words of address ("Guten Morgen zusammen"), or a
 * name for the shop's people ending in a word of address, after "liebe"/"dear" ("Hallo liebes Hofladen-Team",
 * "hi dear Sharma ji").
 */
function greetsOnly(rest: string[]): boolean {
  if (rest.every((w) => LEAD.has(w) || ADDRESS.has(w))) return true
  // "Hallo Frau Huber", "Guten Morgen Herr Dr. Maier": a title and a name or two
  const title = rest.findIndex((w) => TITLE.has(w))
  if (title >= 0 && rest.length - title <= 4 && rest.slice(0, title).every((w) => LEAD.has(w))) return true
  const dear = rest.findIndex((w) => DEAR.has(w))
  return dear >= 0 && rest.length - dear <= 4 && rest.slice(0, dear).every((w) => LEAD.has(w))
}
const TITLE = set('frau herr herrn fr hr mr mrs ms miss dr familie fam')
const DEAR = set('liebe liebes lieber lieben dear geehrte geehrter geehrtes')

/** Whom a greeting is said to. */
const ADDRESS = set(
  'all everyone team zusammen alle ihr leute sab log bhaiya bhai ji sir madam dost friends there ' +
    // Swiss "mitenand", "zäme"; the letter's "Damen und Herren"
    'mitenand miteinand miteinander zame zaeme beinand beieinander damen herren',
)

// English
const WH_EN = set('what whats when where wheres who whos whom whose which why how hows whatre')
const AUX_EN = set(
  'is are was were am do does did can could will would shall should may might has have had ' +
    'isnt arent wasnt werent dont doesnt didnt cant couldnt wont wouldnt shouldnt hasnt havent',
)
/** Auxiliaries that ask for something to be done ("can you …", "could I have …"): a request when the verb orders. */
const MODAL_EN = set('can could will would may might shall cant couldnt wont wouldnt')
const SUBJECT_EN = set(
  'i you u we they he she it there this that these those the my your ur our their his her its a an any some ' +
    'anyone someone anybody somebody anything something everything all',
)
const PRONOUN_EN = set(
  'i we you u they he she it its im ive ill id were youre theyre hes shes thats theres this',
)
/** Verbs that order goods; a question or statement built on one is a request, not chatter. */
const ORDER_VERB_EN = set(
  'want wanna need like love take have get order grab try prefer buy send bring add deliver keep reserve hold ' +
    'put pack give do go gimme gimmie lemme purchase repeat reorder let wanted wish needed fancy feel ' +
    // changing the order is ordering too: "remove the butter", "make it 3"
    'remove delete cancel change make update replace swap drop skip scratch omit exclude strike ' +
    // multiplying a line of it: "twice the bread please", "halve the onions" ("double" alone is talk too: "double check")
    'twice triple halve ' +
    // "I forgot eggs, 6 please": what was left out of the order ("I forgot to pay" orders nothing: to + verb)
    'forgot forget missed ' +
    // correcting what was said is ordering too: "I meant 2 bread", "I said 3 kg, not 2"
    'mean meant said wrote ' +
    // coming for it is ordering it for pickup: "I'll pick up 1 kg sugar", "I will collect 2 bread"
    'pick collect fetch come',
)
/** Verbs that order only after a modal: "I'd like …", "I'll take …", but "I like rock", "I take the bus". */
const AFTER_MODAL_EN = set('like love do go take try pick collect fetch come')
const MODAL_AFTER_PRONOUN = set('will would can could shall should may might ll d wanna gonna')
const SUBJECT_PRONOUN_EN = set('i we you u they he she im ive ill id youre theyre')
const OBJECT_EN = set(
  'me us him her them it my your our his their the this that these those a an some all every',
)
/**
 * Verbs said to a phone or an assistant, never to a shop to get goods: an imperative opening with one orders
 * nothing even without an object ("play music", "set alarm for 6", "open youtube", "dim lights"). Verbs that can
 * ask for goods or change an order (send, check, find, look, show, book, remove …) are not here.
 */
const DEVICE_VERB_EN = set(
  'play replay pause resume shuffle mute unmute turn switch set remind schedule text email mail message ' +
    'tell read open close start begin search google navigate translate define dim brighten lower raise ' +
    'increase decrease dance sing post reply wake snooze listen watch stream record tune rewind forward',
)
/** Prepositions and conjunctions: a sentence opening with one is no imperative ("for the side …"). */
/** Particles of a phrasal verb: "turn off the …", "look up my …" ("on" and "in" also follow nouns: "chips on the side"). */
const PARTICLE_EN = set('off up down out')
const FUNCTION_EN = set(
  'for to with on in at of from by and or but as plus then also without ' +
    // words that narrow what follows: "only the onion 2 kg" is no imperative "only"
    'only just nur ' +
    // German ones too: "und a Milch" is no imperative
    'und oder aber mit fur fuer von ohne noch auch dann',
)
/** Words between a subject and its verb: "I'm going to get …", "I also need …". */
const SKIP_TO_VERB = set('not also just really gonna going to still only bitte gern gerne noch auch dann mal')
/** Modals that say someone else should or will do something ("driver should come"), not asking for goods. */
const NOTE_MODAL_EN = set('should must shud shld will shall')
/** "that will be a pizza": a pronoun before the modal says what the order is, no one else's doing. */
const POINTING_EN = set('that this it there these those thats')
const MOVING_EN = set('come go pick collect fetch reach')
const TIME_BEFORE = set('by before at till until around after latest')
const TIME_AFTER = set('am pm baje uhr oclock')
/** Someone's word passed on: "Chef says …", "manager said …", "boss ne bola hai …". */
const PASSED_ON_EN = set('says said told asked bola boli bole kaha kahi kahe bataya')
const COPULA_EN = set(
  'is are was were isnt arent wasnt werent been got went turned turning became becomes looks look looked smells ' +
    'smell smelled tastes taste tasted seems seem seemed feels feel arrived came come',
)

// German (folded)
const WH_DE = set(
  'wann wo wie was wer wen wem warum wieso weshalb welche welcher welches welchen woher wohin wieviel',
)
/** After "wie", what was before: "wie immer", "wie gewohnt", "wie letzte Woche", "wie besprochen". */
const AS_BEFORE_DE = set(
  'immer gewohnt ublich ueblich sonst letzte letztes letzten letztens vorige voriges vorigen besprochen gehabt bisher',
)
const AUX_DE = set(
  'ist sind war waren bist seid hat hast habt haben kann kannst konnt konnen koennt koennen konntet konntest ' +
    'wird wirst werdet werden gibt muss musst soll sollen darf durft durfen macht liefert liefern bringt schickt ' +
    'verkauft verkauf fuhrt habe',
)
const MODAL_DE = set(
  'kann kannst konnt konnen koennt koennen konntet konntest konnte konnten koennte koennten wurdet',
)
const PRONOUN_DE = set('ich wir er es sie du ihr')
/** The asker as a German modal's subject, and the modal of permission: "darf ich …", "dürften wir …". */
const ASKER_DE = set('ich wir')
const MAY_DE = set('darf durfte durften duerfte duerften')
/** Subjects that follow a German verb put first: "liefert ihr …", "macht man …". */
const V1_SUBJECT_DE = set('ihr du sie er es man wir ich')
const ORDER_VERB_DE = set(
  'mochte mochten moechte moechten brauche brauchen brauchst hatte hatten haette haetten nehme nehmen bestelle ' +
    'bestellen wollen willst kaufe kaufen schicken schickt schick bringen bring bringt liefern geben gib gebt ' +
    'zurucklegen zuruecklegen zurucklegt reservieren aufheben mitbringen einpacken vorbestellen bereitlegen ' +
    'bereithalten zurckstellen zuruckstellen zurueckstellen legen vergessen ' +
    // getting it ready: "kannst du mir 2 Brezeln fertigmachen?", "könnt ihr 3 Brötchen herrichten?"
    'fertigmachen herrichten richten richtest vorbereiten bereitstellen hinlegen ' +
    // adding to what is already ordered: "kannst du noch 2 Eier dazu tun", "gib mir noch 1 Brot mit"
    'dazu dazutun dazulegen dazugeben dazupacken mitgeben mitschicken ' +
    // putting more on top: "könnt ihr noch 3 Brötchen drauflegen?", "leg noch 2 Brezeln drauf"
    'drauflegen drauftun draufpacken draufgeben drauf obendrauf ' +
    'meinte meinten meine ' +
    // changing the order asked as a question is ordering too: "kannst du die Milch rausnehmen?"
    'entfernen rausnehmen rausmachen raustun wegnehmen weglassen streichen loschen loeschen andern aendern ' +
    'tauschen austauschen erhohen erhoehen reduzieren ' +
    // coming for it is ordering it for pickup: "kann ich morgen 10 Semmeln abholen?", "ich hole 2 Brote"
    'abholen holen mitnehmen hole hol abhole ' +
    // packing it up for the customer: "packst du mir 200 g Bergkäse ein?"
    'packst packt',
)
// every person and mood of the verbs of wanting ("ich bräuchte", "wir wollten"); "lassen" orders only with one of
// them, and "will" is English too ("when will you get …": subjectOrders reads "ich will")
for (const w of GERMAN_ORDER_VERBS) if (!w.startsWith('lass') && w !== 'will') ORDER_VERB_DE.add(w)
const COPULA_DE = set(
  'ist sind war waren seid wird werden geworden riecht riechen schmeckt schmecken sieht sehen kam kamen',
)

// Hinglish
const Q_HI = set(
  'kya kab kahan kaha kahaan kidhar kyun kyon kyu kaun kaunsa kaunsi kaisa kaise kaisi kitna kitne kitni',
)
const ORDER_VERB_HI = set(
  'bhej bhejo bhejna bhejiye bhejdo bhejoge bhejenge bhejdena de dena do dedo doge denge dijiye dijiyega dede ' +
    'rakh rakhna rakhdo rakhiye rakhoge milega milegi milenge mil la lao lana laa chahiye chaiye chahie mangwana ' +
    'mangta mangti mangte mangwa mangwao bhijwa bhijwana bhijwado bhijwaiye',
)
const COPULA_HI = set(
  'hai hain h tha thi gaya gayi gaye hua hui hue raha rahi rahe nikla nikli nikle lagta lagti lage',
)

/** States of goods gone wrong, as said in the three languages: a statement with one is a complaint. */
const BAD_STATE = set(
  'rotten rotting spoiled spoilt damaged broken stale mouldy moldy expired leaking leaked wet crushed bad off ' +
    'sour missing wrong short less black brown soft cracked burnt burned bitter smelly dirty torn open opened ' +
    'bruised wilted wilting mushy slimy overripe squashed faule faulen kaputte kaputten ' +
    'hard dry old melted frozen warm cold late turning gone mould mold ' +
    'kharab sada sadi sade sad toota tooti toote tute tuta tuti phate gala gali gale kam galat khatta khatti baasi basi ganda gandi phata ' +
    'phati geela gila kala kaala murjhaya murjhayi murjhaye sookha sukha ' +
    'schlecht faul verdorben kaputt abgelaufen sauer matschig schimmelig falsch hart alt weich nass zerdruckt ' +
    'feucht gebrochen verschimmelt ranzig bitter angebrannt kalt',
)
/**
 * A state of goods gone wrong, also with its long vowels written double as Hindi spells them ("खराब" reads
 * "kharaab", "बासी" "baasi").
 */
function isBadState(w: string): boolean {
  return BAD_STATE.has(w) || (/([aeiou])\1/.test(w) && BAD_STATE.has(w.replace(/([aeiou])\1/g, '$1')))
}
/** Words that give a reason ("coz we ran out"); the weak ones only before whom it is about ("as we", "since our"). */
const REASON_EN = set('because becoz bcoz bcos bcz coz cuz')
const REASON_WEAK = set('as since cos')
const REASON_WHO = set('we i our my im the')
/**
 * Verbs of coming upon goods, in the past: "found 5 rotten avocados", "received 4 damaged tomatoes", "we got 2
 * bad mangoes", "mile 3 toote ande", "3 faule Äpfel bekommen". A bad state said of what was found is a complaint.
 */
const FOUND = set(
  'found received recieved got gotten mila mile mili nikla nikle nikli bekommen gefunden erhalten gekriegt',
)
/** Within how many words of a verb of finding its bad state stands ("found 2 of the avocados rotten"). */
const FOUND_REACH = 5
/** States that say how much or how warm, not that the goods went bad: "got 2 kg less" may still order. */
const NOT_GONE_BAD = set(
  'less short kam late cold warm off open opened hard dry old soft frozen wet black brown',
)

/** What goods are too much of, said with "too" and no copula: "avocados too hard", "lettuce too small". */
const TOO_MUCH = set('ripe small big large green raw hard soft old dry wet thin thick salty expensive costly')
/** Goods that could not be used: "can't use them", "unusable", "not usable". */
const UNUSABLE =
  /(?<![\p{L}])(?:can'?t|cannot|could ?n'?t|could not|unable to) use(?![\p{L}])|(?<![\p{L}])(?:unusable|not usable)(?![\p{L}])/u

/** Words of how many, before the bad state they count: "had too many rotten ones", "were mostly soft". */
const HOW_MANY = set('too many some lots lot few several mostly all half quite very')
/** Words that say something went wrong with no copula needed. */
const COMPLAINT_WORD = set(
  'complain complaint complaints beschwerde beschweren shikayat refund reklamation reklamieren fehlt fehlen ' +
    'fehlte fehlten',
)
const NOT_GOOD =
  /(?<![\p{L}])not (?:fresh|good|ok|okay|right|correct|what i ordered|delivered|received)(?![\p{L}])/u
/**
 * Goods that did not come, said of the delivery without a copula: "Missing 2 kg onion from today's delivery",
 * "tomato 2kg short in the order", "short supplied 3 bunch mint", "coriander short by 2 bunches".
 */
const NOT_DELIVERED =
  /(?<![\p{L}])(?:(?:missing|short|less)(?![\p{L}])[^.?!]{0,40}?(?<![\p{L}])(?:from|in) (?:the |our |my |your |last |this |(?:today|yesterday|tomorrow|morning)(?:'|’)?s )?(?:delivery|order|supply|consignment|box|bag|crate|lot|bill|invoice)|short (?:supplied|delivered|sent|by))(?![\p{L}])/u
/** Other goods or another amount sent than ordered: "you sent 4kg instead of 5kg tomato", "delivered red onion instead of white". */
const SENT_INSTEAD =
  /(?<![\p{L}])(?:sent|gave|given|delivered|brought|packed|came|got|received)(?![\p{L}])[^.?!]{0,40}?(?<![\p{L}])instead of(?![\p{L}])/u
/**
 * Goods sent wrong, said with the verb of sending ("you sent wrong bread", "galat bheja", "falsch geliefert"), or
 * left at the wrong place ("the driver left the order at the wrong gate", "delivered to the wrong branch").
 */
const SENT_WRONG =
  /(?<![\p{L}])(?:(?:sent|gave|given|delivered|brought|packed|left|dropped|kept)(?: me| us| it| them| everything| (?:the|our|my) (?:order|goods|delivery|box|boxes|crates?|bags?))?(?: (?:at|to|in|on|by))?(?: the| a| our)? wrong|wrong (?:item|items|one|product|thing|order|bread|size|brand)|galat (?:saman|samaan|item|cheez|bhej|de|di|aa)\p{L}*|(?:falsch(?:e|en|es)?|verkehrt(?:e|en)?) (?:\p{L}+ )?(?:geliefert|geschickt|bekommen|eingepackt|eingepackt))(?![\p{L}])/u

/** Sign-off words that open the closing of a message; what follows on the line is the sender's name. */
const SIGNOFF = set(
  'regards rgds cheers ta thanks thank thx ty tq sincerely dhanyavaad dhanyawad dhanyavad ' +
    'shukriya shukria gruss grusse gruessen grussen lg mfg vg bye tschuss tschuess ciao',
)
/**
 * A parting wish: a word of goodness before a time of day or week ("schönen Tag noch", "einen guten Abend",
 * "schönes Wochenende", "have a nice day", "good evening to you"), with thanks and little words around it.
 */
const WISH_GOOD = set('schon schonen schones schoner gut guten gutes nice good great lovely wonderful')
const WISH_TIME = set(
  'tag abend wochenende sonntag feierabend day evening weekend sunday morgen vormittag nachmittag rest',
)
/** Words a wish or a thank-you is wrapped in. */
const WISH_FILLER = set(
  'und and noch einen ein eine a have wish you ihnen euch dir auch too also sehr vielen herzlichen ' +
    'lieben liebe viele schon mal dank danke thanks thank much so bis dann spater gleich bald morgen ' +
    'nochmals nachmals in advance voraus im',
)
/** Is this piece (folded) only thanks and a parting wish? Its "einen", "a" are no quantity ("have a nice day"). */
export function isParting(folded: string): boolean {
  const ws = words(folded)
  return ws.length > 0 && ws.length <= 8 && isWish(ws)
}

/** A sentence that is only thanks and a parting wish ("Danke und schönen Tag noch", "vielen Dank im Voraus"). */
function isWish(ws: string[]): boolean {
  let wish = false
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!
    if (WISH_GOOD.has(w) && WISH_TIME.has(ws[i + 1] ?? '')) {
      wish = true
      i++
    } else if (w === 'dank' || w === 'danke' || w === 'thanks' || w === 'thank' || (w === 'bis' && i === 0))
      wish = true
    else if (!WISH_FILLER.has(w)) return false
  }
  return wish
}

/** Words of thanks that open a clause. */
const THANKS_WORD = set('thanks thank thx ty danke dank dankeschon vielen many shukriya dhanyavad dhanyawad')

/** The second word of a two-word sign-off: "best regards", "viele Grüße", "yours truly". */
const SIGNOFF_2 = set('regards wishes grusse gruss grussen truly sincerely')
/** Words that name who is writing: the ordering branch or kitchen ("Indiranagar outlet", "Filiale Mitte"). */
const SENDER =
  /(?<![\p{L}])(?:branch|outlet|kitchen|restaurant|cafe|store|location|filiale|zweigstelle|kuche|kueche)(?![\p{L}])/u

/** Does this piece of a line name who is ordering? (A piece, not a sentence: "Indiranagar outlet: tomato".) */
export function namesSender(folded: string): boolean {
  return SENDER.test(folded)
}

/** "Milk a packet", "Eggs a dozen": an article before a unit is a quantity, not an imperative's object. */
const isUnitWord = (w: string) => w === '' || /^\d/.test(w) || UNIT_WORDS.has(w) || UNIT_WORDS.has(`${w}s`)

function words(folded: string): string[] {
  return folded.replace(/['’`]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Where the grammar starts: after greetings, politeness and at most one word of address ("olly", "Ravi"). */
function opening(ws: string[], isOpener: (w: string, next: string | undefined) => boolean): number {
  let i = 0
  while (i < ws.length && LEAD.has(ws[i]!)) i++
  const w = ws[i]
  if (
    w !== undefined &&
    !ORDER_VERB_EN.has(w) &&
    !isOpener(w, ws[i + 1]) &&
    isOpener(ws[i + 1] ?? '', ws[i + 2]) &&
    !englishWas(ws[i + 1], ws[i + 2])
  )
    i++
  return i
}

/**
 * "cake was superb", "bread was really good", "milk was sour": the English copula after its subject, not the
 * German "was" after a word of address ("Anna was kostet …").
 */
function englishWas(w: string | undefined, next: string | undefined): boolean {
  if (w !== 'was' || next === undefined) return false
  return (
    isPraise(next) ||
    INTENSIFIER.has(next) ||
    isBadState(next) ||
    next === 'not' ||
    (next.endsWith('ed') && next.length > 4)
  )
}

/**
 * Verbs of saying, telling and thanking: a verb of wanting that goes with one wants to say something, not goods
 * ("wollte nur sagen, dass der Kuchen super war", "I just wanted to tell you …", "wir wollten uns bedanken").
 */
const SAYING = set(
  'sagen mitteilen bedanken danken loben ausrichten erzahlen erzaehlen berichten melden schreiben ' +
    'say tell thank share',
)
/** Does the (folded) text have a verb of saying or thanking ("wollte nur sagen …", "wollte mich bedanken")? */
export function saysSomething(folded: string): boolean {
  return words(folded).some((w) => SAYING.has(w))
}
/** The verbs of wanting that a verb of saying takes: "wollte", "möchte", "will", "wanted". */
const WANTING = /^(?:woll|will|moch|moech|mocht|want|wanna)/

/**
 * "double the maggi", "can you double my potatoes": a multiplying word that is a verb only before its object, so
 * "double check", "double roti" and "double the bread" said of goods stay what they were.
 */
const SCALE_VERB_EN = set('double')
const scalesObject = (ws: string[], i: number) => SCALE_VERB_EN.has(ws[i]!) && OBJECT_EN.has(ws[i + 1] ?? '')

/**
 * Putting goods aside for the customer: a German verb of putting after `zur Seite` / `beiseite` ("könnt ihr mir 3
 * Brezeln zur Seite tun?", "beiseite stellen", "zur Seite packen"); alone, "tun" and "stellen" order nothing.
 */
const ASIDE_DE = set('seite beiseite')
const PUT_DE = set('tun tust tut stellen stellst stellt packen packst packt machen machst macht')
const putsAside = (ws: string[], i: number) => PUT_DE.has(ws[i]!) && i > 0 && ASIDE_DE.has(ws[i - 1]!)

/**
 * Making a cart line a new amount, asked: "kannst du aus den Brezeln 5 machen?", "könnt ihr die Milch auf 3
 * machen?": a verb of making after an amount said with "aus" or "auf" (alone, "machen" orders nothing).
 */
const MAKE_DE = set('machen machst macht mach')
const makesAmount = (ws: string[], i: number) =>
  MAKE_DE.has(ws[i]!) &&
  ws.slice(0, i).some((w) => /^\d/.test(w)) &&
  ws.slice(0, i).some((w) => w === 'aus' || w === 'auf')

const orders = (ws: string[]) => {
  const saying = ws.some((w) => SAYING.has(w))
  return ws.some(
    (w, i) =>
      ((ORDER_VERB_EN.has(w) || ORDER_VERB_DE.has(w) || ORDER_VERB_HI.has(w)) &&
        !(saying && WANTING.test(w))) ||
      scalesObject(ws, i) ||
      putsAside(ws, i) ||
      makesAmount(ws, i),
  )
}

/** Words that begin an amount in German: "ein Pfund", "zwei Brote", "ne Tüte", "ein halbes Kilo". */
const AMOUNT_WORD_DE = set(
  'ein eine einen einem ne nen n zwei drei vier funf fuenf sechs sieben acht neun zehn zwolf zwoelf halbes halben paar dutzend',
)

/**
 * Words of praise for goods, in the three languages (folded; German ones also with an adjective ending): "the
 * bread was really good", "der Kuchen war super", "aloo bahut ache the".
 */
const PRAISE = set(
  'good great nice lovely amazing awesome excellent fantastic delicious tasty yummy perfect superb wonderful ' +
    'best brilliant outstanding fine super fresh sweet juicy crisp crispy tender beautiful fabulous incredible ' +
    'gut super lecker toll prima klasse hervorragend ausgezeichnet spitze perfekt wunderbar kostlich koestlich ' +
    'genial knusprig saftig suss suess frisch fein top mega traumhaft himmlisch wunderbar ' +
    // nouns of praise: "die Croissants waren der Hammer", "ein Gedicht", "the cake was a hit"
    'hammer traum gedicht wahnsinn knaller bombe hit geschmeckt ' +
    'accha acha achha achchha ache acche achhe achchhe achi acchi achhi achchhi badhiya badiya badhia mast ' +
    'zabardast jabardast swadisht tasty taaza taza meetha meethe meethi mithe lajawab shandar shaandaar',
)
/** Words that make praise stronger, between the goods and the praise: "bahut", "ekdum", "really", "echt". */
const INTENSIFIER = set(
  'very really so too quite truly absolutely bahut bohot bahot bhot ekdum kaafi kafi sach echt sehr richtig ' +
    'total wirklich einfach besonders wieder mal',
)
/** Whether a (folded) word is praise, German adjective endings allowed ("tollen", "leckere", "gutes"). */
function isPraise(w: string): boolean {
  if (PRAISE.has(w)) return true
  for (const e of ['en', 'er', 'es', 'em', 'e'])
    if (w.endsWith(e) && PRAISE.has(w.slice(0, -e.length))) return true
  return false
}
/** "noch was: 2 Brezeln": "was" after "noch" is "etwas", something more, neither a question word nor a copula. */
const somethingMore = (ws: string[], i: number) => ws[i] === 'was' && ws[i - 1] === 'noch'
/** The German auxiliary of the perfect that is no copula: "der Kuchen hat super geschmeckt". */
const HABEN_DE = set('hat haben habt')
/** A past participle: "geschmeckt", "gefallen", "angekommen", "probiert" (a separable prefix before `ge`). */
const PARTICIPLE_DE =
  /^(?:ab|an|auf|aus|bei|ein|mit|nach|vor|weg|zu|zuruck|durch|um)?ge\p{L}{2,}(?:t|en)$|^\p{L}{3,}iert$/u
/**
 * "Der Kuchen hat super geschmeckt", "die Croissants haben allen geschmeckt": `hat`/`haben` after the subject and
 * a past participle last is the perfect, a statement about what was, never an order.
 */
function germanPerfect(ws: string[], i: number): boolean {
  return HABEN_DE.has(ws[i]!) && ws.length > i + 1 && PARTICIPLE_DE.test(ws[ws.length - 1]!)
}
/** Words of time gone by: praise said of them is about goods already had ("great bread yesterday"). */
const PAST = set('yesterday gestern vorgestern neulich letzte letzten letztes letzter last')
/**
 * Words after a Hinglish copula that leave it the clause's end: "aloo bahut ache the kal", "tha bhaiya".
 */
const HI_TAIL = set('kal yaar yar bhaiya bhai ji na bhi sach mein aapke aapka aapki')

/**
 * Where the Hinglish copula that ends a clause stands, after words of time and address: "tha", "hai", and the
 * plural "the", which as the English article never ends a clause ("aloo bahut ache the kal"); -1 when none.
 */
function hinglishCopulaEnd(ws: string[]): number {
  let i = ws.length - 1
  while (i > 0 && HI_TAIL.has(ws[i]!)) i--
  if (i > 0 && (COPULA_HI.has(ws[i]!) || (ws[i] === 'the' && !SUBJECT_EN.has(ws[i - 1]!)))) return i
  return -1
}

/** Verbs that ask for goods to be handed over, whatever the sentence around them ("is it ok if you send …"). */
const HAND_OVER = set('send bring deliver give order buy reserve keep add gimme')
const handsOver = (ws: string[]) =>
  ws.some((w) => HAND_OVER.has(w) || ORDER_VERB_DE.has(w) || ORDER_VERB_HI.has(w))
/** What "can I …", "could we …" ask for when it is goods: "can I get …", "may I have …". */
const TAKE = set('get have order buy take grab reserve add try')

/** Words before "too" that make it a wish about the goods ("not too ripe", "none too soft", "don't want too …"). */
const TOO_WISHED_NOT = set('not none nothing never dont t nt nahi')
const WANT = set('want need like')

function complaintIn(ws: string[], folded: string): boolean {
  if (
    NOT_GOOD.test(folded) ||
    SENT_WRONG.test(folded) ||
    NOT_DELIVERED.test(folded) ||
    SENT_INSTEAD.test(folded)
  )
    return true
  if (ws.some((w) => COMPLAINT_WORD.has(w))) return true
  if (UNUSABLE.test(folded)) return true
  // "avocados too hard", "bananas way too ripe today": goods said to be too much of something, with no amount (a
  // counted line's "Tomato 10kg not too ripe" is how they should be, and so is "none too ripe", "don't want too
  // ripe": a wish about the goods)
  const too = ws.indexOf('too')
  if (
    too > 0 &&
    !TOO_WISHED_NOT.has(ws[too - 1]!) &&
    !(WANT.has(ws[too - 1]!) && TOO_WISHED_NOT.has(ws[too - 2] ?? '')) &&
    (TOO_MUCH.has(ws[too + 1] ?? '') || isBadState(ws[too + 1] ?? '')) &&
    !ws.some((w) => /\d/.test(w))
  )
    return true
  // goods come upon in a bad state, with no copula: "found 5 rotten avocados in the box", "received 4 damaged
  // tomatoes"; Hindi and German say the verb after the goods ("3 toote ande mile", "2 faule Äpfel bekommen")
  for (let i = 0; i < ws.length; i++) {
    if (!FOUND.has(ws[i]!)) continue
    for (let k = Math.max(0, i - FOUND_REACH); k <= i + FOUND_REACH && k < ws.length; k++)
      if (k !== i && isBadState(ws[k]!) && !NOT_GONE_BAD.has(ws[k]!)) return true
  }
  // a subject, then a copula (or verb of becoming) and within two words a bad state: "the mint is turning
  // black", "Milch war sauer"; the copula opening a question ("is it cold there?") has no subject before it; what
  // the goods had, within three words past a word of how many: "the potatoes had too many rotten ones", "had mould"
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i]!
    if (
      (COPULA_EN.has(w) || COPULA_DE.has(w) || w === 'has' || w === 'have' || w === 'had') &&
      !LEAD.has(ws[i - 1]!) &&
      !WH_EN.has(ws[i - 1]!) &&
      !WH_DE.has(ws[i - 1]!)
    ) {
      const reach = HOW_MANY.has(ws[i + 1] ?? '') ? 3 : 2
      for (let k = i + 1; k <= i + reach && k < ws.length; k++) if (isBadState(ws[k]!)) return true
    }
    // Hinglish puts the state before the copula: "aloo kharab tha", "doodh khatta ho gaya", "ande toote the"
    if (COPULA_HI.has(w) || (w === 'the' && i === hinglishCopulaEnd(ws)))
      for (let k = i - 1; k >= i - 2 && k > 0; k--) if (isBadState(ws[k]!)) return true
  }
  return false
}

/** The participle of "how it is done to the goods": "chhila hua", "kati hui", "dhule hue" (not "hai", "gaya"). */
const PARTICIPLE_HI = set('hua huaa hui hue huye')
/**
 * "matar 1 kg chhila hua", "pyaz 2 kg kata hua", "1 kg dhule hue aloo": a counted line that ends in a participle
 * says how the goods should be (peeled, cut, washed), not what happened to them; a bad state before it ("toota
 * hua") is a complaint, read before this.
 */
function preparedAs(ws: string[]): boolean {
  const last = ws[ws.length - 1]!
  const before = ws[ws.length - 2]!
  return PARTICIPLE_HI.has(last) && !isBadState(before) && ws.some((w) => /\d/.test(w) || AMOUNT_HI.has(w))
}
/** Words of an amount said in words, which count a line as digits do: "aadha kilo", "dedh kg", "paav bhar". */
const AMOUNT_HI = set(
  'aadha adha aadhaa dedh dhai dhaai sava savaa pauna paav pav kilo kg kilogram gram grams gm litre liter ltr darjan dozen',
)

/** Words of ordering the same again: praise beside them is no remark ("great, same as yesterday"). */
const REORDER = set('same again wie wieder nochmal dobara phir usual gleiche gleichen selbe selben')

/** Words of time inside a remark's subject: "the bread yesterday was good" is about the bread. */
const SUBJECT_TIME = set('yesterday today gestern heute kal aaj last week woche letzte letzten time')

/** Words before a complaint's subject that are not the goods: "the", "my", "yesterday's", "die", "mera". */
const SUBJECT_LEAD = set(
  'the my our your this that these those yesterday yesterdays todays last some all both die der das den dem ' +
    'mein meine meinen unser unsere diese dieser dieses gestern gestrige gestrigen mera meri mere wo woh ye yeh kal ka ki ke',
)

/**
 * The goods a complaint is about, as written: "the mint was black" → "mint", "die Milch war sauer" → "milch",
 * "pudina kala ho gaya" → "pudina" (the words before its copula, or before the state in Hinglish word order);
 * null when the complaint names nothing ("refund please").
 */
export function complaintSubject(folded: string): string | null {
  const ws = words(folded)
  let end = -1
  for (let i = 1; i < ws.length && end < 0; i++) {
    const w = ws[i]!
    if (
      COPULA_EN.has(w) ||
      COPULA_DE.has(w) ||
      HABEN_DE.has(w) ||
      ['has', 'have', 'went', 'turned'].includes(w)
    )
      end = i
    // Hinglish word order, the state before the copula: "aloo kharab tha", "paneer bahut accha tha"
    else if (isBadState(w) || COPULA_HI.has(w) || isPraise(w) || INTENSIFIER.has(w)) end = i
  }
  if (end < 0) return null
  let from = 0
  while (from < end && (SUBJECT_LEAD.has(ws[from]!) || LEAD.has(ws[from]!) || /^\d/.test(ws[from]!))) from++
  const subject = ws.slice(from, end).filter((w) => !/^\d/.test(w) && !isUnitWord(w) && !SUBJECT_TIME.has(w))
  return subject.length > 0 && subject.length <= 4 ? subject.join(' ') : null
}

/**
 * Does this (folded) clause praise goods had ("the bread was really good", "der Kuchen war super", "aloo bahut
 * ache the")? A statement with a word of praise in it.
 */
export function isPraiseOf(folded: string): boolean {
  const ws = words(folded)
  return ws.some(isPraise) && chatterKind(folded) === 'statement'
}

/** Does this (folded) piece say goods went wrong ("3 eggs were broken", "Milch war sauer", "aloo kharab tha")? */
export function isComplaint(folded: string): boolean {
  return complaintIn(words(folded), folded)
}

/**
 * Does the clause whose subject pronoun is at `at` order goods? "I need …", "I'd like …", "I wanted to have …",
 * "ich hätte gern …", "ich würde gerne Brot bestellen"; not "I have a meeting", "I want to listen to …".
 */
function subjectOrders(ws: string[], at: number): boolean {
  const first = ws[at]!
  const rest = ws.slice(at + 1, at + 4)
  const vi = rest.findIndex(
    (w) => ORDER_VERB_EN.has(w) || (!AUX_EN.has(w) && !MODAL_AFTER_PRONOUN.has(w) && !SKIP_TO_VERB.has(w)),
  )
  const verb = rest[vi]
  if (verb === undefined) return false
  // no verb before an article ("I just was a small pizza …", speech typed by ear): a thing is named, maybe ordered
  if (verb === 'a' || verb === 'an') return true
  // "ich würde 2 Bauernbrote", "wir würden gern 3 Brezeln": chat drops the verb after "würde"; an amount after it
  // is what is wanted ("ich würde sagen, 2 reichen" says something)
  if (
    PRONOUN_DE.has(first) &&
    /^(?:wurde|wuerde|wurden|wuerden|wurd|wuerd)$/.test(ws[at + 1] ?? '') &&
    ws.slice(at + 2, at + 5).some((w) => /^\d/.test(w) || w === 'ein' || w === 'eine' || w === 'einen') &&
    !ws.some((w) => SAYING.has(w))
  )
    return true
  // "ich bitte um 1 Pfund Spargel", "wir bitten um 2 Brote": asking for an amount of something ("ich bitte um
  // Rückruf" asks for no amount)
  if (
    PRONOUN_DE.has(first) &&
    /^bitten?$/.test(ws[at + 1] ?? '') &&
    ws[at + 2] === 'um' &&
    ws.slice(at + 3, at + 6).some((w) => /^\d/.test(w) || AMOUNT_WORD_DE.has(w))
  )
    return true
  // German puts the ordering verb last; Bavarian "i" is "ich" ("i hätt gern …")
  if (
    PRONOUN_DE.has(first) &&
    (orders(ws.slice(at + 1)) || (ws[at + 1] === 'will' && !ws.some((w) => SAYING.has(w))))
  )
    return true
  if (
    ws.slice(at + 1, at + 3).some((w) => GERMAN_ORDER_VERBS.has(w) && w !== 'will') &&
    !ws.some((w) => SAYING.has(w))
  )
    return true
  const modal =
    /^(?:ill|id|youll|youd|well|wed)$/.test(first) ||
    rest.slice(0, vi).some((w) => MODAL_AFTER_PRONOUN.has(w) || MODAL_EN.has(w))
  if (!ORDER_VERB_EN.has(verb) || (AFTER_MODAL_EN.has(verb) && !modal)) return false
  // "I want to listen …" orders nothing; "I want to order …" does
  const to = ws.indexOf('to', at + 1)
  return !(to > 0 && to <= at + 4 && ws[to + 1] !== undefined && !ORDER_VERB_EN.has(ws[to + 1]!))
}

/** Does the sentence ask for goods anywhere: a verb of handing over, or a later "I need …"? */
function asksForGoods(ws: string[], folded: string): boolean {
  // "do you have 2 kg onion?", "kya 3 kilo pyaz mil jayega?": asking whether there is some, with a quantity
  if (handsOver(ws) || has('availability', folded)) return true
  for (let i = 0; i < ws.length; i++) if (PRONOUN_EN.has(ws[i]!) && subjectOrders(ws, i)) return true
  return false
}

/** The kind of one sentence (folded), or null when it may order goods. */
export function chatterKind(folded: string): ChatterKind | null {
  const ws = words(folded)
  if (ws.length === 0) return null
  // "Potato 10kg bcoz we are busy": the reason given after counted goods is not what the clause says
  const why = ws.findIndex(
    (w, i) => REASON_EN.has(w) || (REASON_WEAK.has(w) && REASON_WHO.has(ws[i + 1] ?? '')),
  )
  if (why > 0 && ws.slice(0, why).some((w) => /\d/.test(w))) return chatterKind(ws.slice(0, why).join(' '))
  // an order line has none of the words any rule below starts from ("2 kg sugar", "Tomaten 3 kg"): done early,
  // as most clauses are such lines; short clauses may be a greeting and go the whole way
  if (ws.length > 4 && !folded.includes('?') && !ws.some((w) => TRIGGERS.has(w))) return null
  if (complaintIn(ws, folded)) return 'complaint'
  // "Namaste bhaiya", "Guten Morgen zusammen": a greeting and the people it greets
  if (has('greeting', folded) && greetsOnly(words(strip('greeting', folded)))) return 'greeting'
  if ((SIGNOFF.has(ws[0]!) || SIGNOFF_2.has(ws[1] ?? '')) && ws.length <= 5 && !orders(ws.slice(1)))
    return 'signoff'
  if (ws.length <= 8 && isWish(ws)) return 'signoff'
  // "Danke für den tollen Kuchen", "thanks for the lovely bread": what the thanks is for is no order
  if (
    THANKS_WORD.has(ws[0]!) &&
    ws.slice(1, 4).some((w) => w === 'for' || w === 'fur' || w === 'fuer') &&
    !ws.some((w) => /\d/.test(w)) &&
    !orders(ws.slice(1))
  )
    return 'signoff'
  // "from Whitefield", "this is Ravi from Koramangala": who is writing
  if (ws[0] === 'from' && ws.length <= 4) return 'signoff'
  const asks = /\?\s*$/.test(folded)

  // English: a question word, or an auxiliary before its subject ("is the bread …", "can you …")
  const en = opening(
    ws,
    (w, next) =>
      WH_EN.has(w) ||
      WH_DE.has(w) ||
      SUBJECT_PRONOUN_EN.has(w) ||
      // an imperative to someone addressed: "Alexa, tell me …"
      (next !== undefined && (next === 'me' || next === 'us') && !ORDER_VERB_EN.has(w)) ||
      (AUX_EN.has(w) && next !== undefined && SUBJECT_EN.has(next)),
  )
  const first = ws[en]
  const second = ws[en + 1]
  if (first !== undefined) {
    // "when can you send 2 kg tomato?" asks for goods; "when will you get coriander?", "who is coming at ten?" do not
    // "how about chips and queso?", "what about a coke": a suggestion of goods
    if ((first === 'how' || first === 'what') && second === 'about') return null
    // "wie immer: 2 Brote", "wie letzte Woche 4 Croissants": "as before", no question
    if (first === 'wie' && AS_BEFORE_DE.has(second ?? '')) return null
    if ((WH_EN.has(first) || WH_DE.has(first)) && !somethingMore(ws, en))
      return ws.some((w) => MODAL_EN.has(w) || MODAL_DE.has(w)) && handsOver(ws) ? null : 'question'
    if (
      AUX_EN.has(first) &&
      second !== undefined &&
      // "do" before a unit is Hinglish two ("do packet")
      (SUBJECT_EN.has(second) || (/^d(?:o|oes|id)$/.test(first) && !isUnitWord(second)))
    ) {
      // "can you send …", "could I get …": a request; "can you tell me …", "do you deliver …": a question
      // "can you send …" and "can I get …" ask for goods; "will I need sunscreen" and "can you tell me" do not
      const asker =
        second === 'you' || second === 'u' ? orders : (rest: string[]) => rest.some((w) => TAKE.has(w))
      return MODAL_EN.has(first) && asker(ws.slice(en + 2, en + 6)) ? null : 'question'
    }
    // German puts the verb first in a question: "ist das Brot von heute", "liefert ihr sonntags", and a
    // request's own verb comes last: "können Sie 2 Brote zurücklegen?"; "Schicken Sie mir …" is a polite order
    if (
      second !== undefined &&
      (AUX_DE.has(first) || (V1_SUBJECT_DE.has(second) && /^\p{L}+(?:t|en|st)$/u.test(first)))
    ) {
      if (ORDER_VERB_DE.has(first) || (PUT_DE.has(first) && ws.some((w) => ASIDE_DE.has(w)))) return null
      // "könnt ihr mir 8 Brötchen?", "kannst du mir 2 Brezn und 1 Butter": a request for so many to the asker, its
      // verb of giving left unsaid
      if (MODAL_DE.has(first) && countedForMe(ws.slice(en + 1))) return null
      // "kann ich 2 Brezeln haben?", "dürfte ich noch ein Brot haben", "können wir 6 Wiener haben": so many for the
      // asker, as English "can I have …"; "haben Sie …" (the shop's having) stays a question of stock, and "kann ich
      // die Bestellung um 5 haben" counts nothing
      if ((MODAL_DE.has(first) || MAY_DE.has(first)) && ASKER_DE.has(second)) {
        const having = ws.indexOf('haben', en + 2)
        if (having > 0 && ws.slice(en + 2, having).some((w) => /^\d/.test(w) || w in NUMBER_WORDS))
          return null
      }
      return MODAL_DE.has(first) && orders(ws.slice(en + 1)) ? null : 'question'
    }
    // a subject pronoun and its verb: "I have a meeting", "ich bin Anna"; "I need …", "ich möchte …" order
    if (PRONOUN_EN.has(first) || PRONOUN_DE.has(first)) return subjectOrders(ws, en) ? null : 'statement'
  }
  // a note to the shop between the lines of a list, no goods in it: someone who should or will do something ("Driver
  // should come by 8", "delivery must reach before 7", "boy will collect the crates"), someone's word passed on
  // ("Chef says no garlic today", "manager said call first"), care asked for ("Please make sure they are fresh",
  // "ensure proper packing"); with a number or a verb that orders goods after it it is still an order (a time
  // is no amount: "by 8", "before 7am")
  const clock = (w: string, i: number) =>
    TIME_BEFORE.has(ws[i - 1] ?? '') ||
    /^\d{1,2}(?:[:.]\d\d)?(?:am|pm)$/.test(w) ||
    TIME_AFTER.has(ws[i + 1] ?? '')
  if (ws.every((w, i) => !/\d/.test(w) || clock(w, i))) {
    // ("Brezeln will ich jetzt keine": German's "will" with its subject after it wants goods, no one else's doing)
    const at = ws.findIndex(
      (w, i) =>
        i > 0 &&
        i <= 3 &&
        ((NOTE_MODAL_EN.has(w) && !(w === 'will' && V1_SUBJECT_DE.has(ws[i + 1] ?? ''))) ||
          PASSED_ON_EN.has(w)),
    )
    // (someone else coming, going or collecting orders nothing: "driver should come", "boy will collect")
    const rest = ws.slice(at + 1).filter((w) => !MOVING_EN.has(w))
    if (
      at > 0 &&
      !ws.slice(0, at).some((w) => ORDER_VERB_EN.has(w) || FUNCTION_EN.has(w) || POINTING_EN.has(w)) &&
      !orders(rest)
    )
      return 'statement'
    const care = opening(ws, (w, next) => w === 'ensure' || (w === 'make' && next === 'sure'))
    if (ws[care] === 'ensure' || (ws[care] === 'make' && ws[care + 1] === 'sure')) return 'command'
  }
  // Hinglish: a question word anywhere ("dukaan kab khulegi", "aap kitne baje band karte ho")
  if (ws.some((w) => Q_HI.has(w))) return orders(ws) ? null : 'question'
  // a copula after a subject: "the shop was closed", "das Brot ist von gestern", "mera naam Ravi hai"
  const copula = ws.findIndex(
    (w, i) =>
      i > 0 &&
      !somethingMore(ws, i) &&
      (COPULA_EN.has(w) || (COPULA_DE.has(w) && !['sehen', 'kam'].includes(w)) || germanPerfect(ws, i)),
  )
  if (copula > 0 && !orders(ws)) return asks ? 'question' : 'statement'
  if (
    ws.length >= 3 &&
    (COPULA_HI.has(ws[ws.length - 1]!) || hinglishCopulaEnd(ws) > 0) &&
    !orders(ws) &&
    !preparedAs(ws)
  )
    return asks ? 'question' : 'statement'
  // praise of goods had before, said with no verb: "great bread yesterday", "super Kuchen gestern!"; a
  // reorder ("same as yesterday", "wie gestern") or a number keeps it an order
  if (
    ws.some(isPraise) &&
    ws.some((w) => PAST.has(w)) &&
    !ws.some((w) => /\d/.test(w) || REORDER.has(w)) &&
    !orders(ws)
  )
    return 'statement'
  // an imperative to a device, with or without an object: "play music", "set alarm", "turn lights off"
  // (the verb has something after it: "cookware set", "set" alone name goods)
  const verb = opening(ws, (w) => DEVICE_VERB_EN.has(w))
  const after = ws[verb + 1]
  if (
    DEVICE_VERB_EN.has(ws[verb] ?? '') &&
    after !== undefined &&
    after !== 'of' &&
    !isUnitWord(after) &&
    !ws.some((w) => /\d/.test(w))
  )
    return 'command'
  // an imperative whose verb orders nothing, with its object: "tell me a joke", "play my playlist", "turn on the …"
  if (
    first !== undefined &&
    second !== undefined &&
    !ORDER_VERB_EN.has(first) &&
    !scalesObject(ws, en) &&
    !OBJECT_EN.has(first) &&
    !FUNCTION_EN.has(first) &&
    !isUnitWord(first) &&
    ((OBJECT_EN.has(second) && ((second !== 'a' && second !== 'an') || !isUnitWord(ws[en + 2] ?? ''))) ||
      (PARTICLE_EN.has(second) && OBJECT_EN.has(ws[en + 2] ?? '')))
  )
    return 'command'
  // only a question mark: a question when no number is in it ("1 bread - total?" is an order that asks)
  if (asks && ws.length >= 3 && !ws.some((w) => /\d/.test(w))) return orders(ws) ? null : 'question'
  return null
}

/** Clause ends: a new line, `?` / `!`, a full stop before a space (not in "1.5", "no. 2"), a comma (not in "1,5"). */
const SENTENCE_END =
  /\n|[?!]+|(?<!\d),|,(?!\d)|;|(?<![\p{N}]|\b(?:no|nos|pcs|pc|pkt|kg|kgs|gm|gms|ltr|lt|qty|approx|rs|dz|doz|nr|stk|st|pkts))\.(?=\s|$)/giu

let lastSaid: { text: string; list: Sentence[] } = { text: '', list: [] }

/**
 * The message cut into clauses (sentences, and their parts between commas), each with its kind. The closing of a message is its signature: the short
 * line after a sign-off ("Thanks,\nRavi"), and a last line "- Ravi" when the message is not a dash list.
 */
export function sentences(text: string): Sentence[] {
  // understand() asks about the same text twice (the message, then its order reading): the last answer is kept
  if (text === lastSaid.text) return lastSaid.list
  const out: Sentence[] = []
  let from = 0
  let signedAt = -1
  let comma = false
  const push = (start: number, end: number, terminator: string) => {
    const raw = text.slice(start, end)
    if (!/[\p{L}\p{N}]/u.test(raw)) return
    const folded = fold(raw + terminator).trim()
    let kind = chatterKind(folded)
    // the sign-off may open a message only when it says nothing but goodbye ("Regards,\nSunita"), not thanks
    const after =
      signedAt >= 0 &&
      signedAt === out.length - 1 &&
      (signedAt > 0 || comma || !/^\s*(?:thank|thanks|thx|ty|danke)/.test(fold(text.slice(out[0]!.start))))
    if (kind === null && after && words(folded).length <= 3 && !/\d/.test(raw)) kind = 'signoff'
    if (kind === 'signoff') signedAt = out.length
    out.push({ start, end, kind, ordering: kind !== null && asksForGoods(words(folded), folded) })
  }
  SENTENCE_END.lastIndex = 0
  // where each sentence (clauses joined by commas) begins: the first clause of it in `out`
  const opens: number[] = []
  let joined = false
  for (const m of text.matchAll(SENTENCE_END)) {
    const at = m.index ?? 0
    const before = out.length
    push(from, at, m[0] === '\n' || m[0] === ',' || m[0] === ';' ? '' : m[0])
    if (out.length > before && !joined) opens.push(before)
    comma = m[0] === ','
    if (out.length > before || !comma) joined = comma
    from = at + m[0].length
  }
  const before = out.length
  push(from, text.length, '')
  if (out.length > before && !joined) opens.push(before)
  verbAtSentenceEnd(text, out, opens)
  // "- Ravi" under a message whose other lines are not a dash list
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  const last = lines.at(-1)
  if (lines.length > 1 && last && /^\s*[-–—~]+\s*\p{L}/u.test(last) && !/\d/.test(last)) {
    const dashed = lines.slice(0, -1).some((l) => /^\s*[-–—~•*]/u.test(l))
    const s = out.at(-1)
    if (!dashed && s && s.kind === null && words(fold(last)).length <= 3) s.kind = 'signoff'
  }
  lastSaid = { text, list: out }
  return out
}

/** After a German modal: a pronoun, "mir" or "uns", then a number and no verb after it ("ihr mir 8 Brötchen"). */
function countedForMe(rest: string[]): boolean {
  if (!V1_SUBJECT_DE.has(rest[0] ?? '') || !/^(?:mir|uns)$/.test(rest[1] ?? '')) return false
  const at = rest.findIndex((w) => /^\d/.test(w))
  return (
    at >= 2 &&
    rest.length > at + 1 &&
    !rest.slice(at + 1).some((w) => /^(?:euro|eur|cent|minuten|min|uhr)$/.test(w))
  )
}

/**
 * "könnt ihr mir 8 Brötchen, 4 Brezeln einpacken?", "Könnten Sie mir 2 Brote, 1 Butter zurücklegen?": German puts
 * the verb of a request at the end of its sentence, after a list whose commas cut it into clauses. A first clause
 * read alone as a question or a statement ("könnt ihr mir 8 Brötchen") is part of a request when the whole
 * sentence, read at once, orders.
 */
function verbAtSentenceEnd(text: string, out: Sentence[], opens: number[]): void {
  for (let k = 0; k < opens.length; k++) {
    const last = out[(opens[k + 1] ?? out.length) - 1]!
    // ("Hallo, könntet ihr mir …": the request may begin after a greeting)
    for (let i = opens[k]!; out[i] !== last; i++) {
      const first = out[i]!
      if (first.kind !== 'question' && first.kind !== 'statement') continue
      const end = /^[?!]/.test(text.slice(last.end)) ? text[last.end]! : ''
      const whole = fold(text.slice(first.start, last.end) + end).trim()
      if (chatterKind(whole) !== null || !/\d/.test(text.slice(first.start, first.end))) break
      first.kind = null
      first.ordering = false
      break
    }
  }
}

/** Every word a rule of chatterKind starts from. */
const TRIGGERS = new Set(
  [
    COPULA_EN,
    COPULA_DE,
    COPULA_HI,
    COMPLAINT_WORD,
    SIGNOFF,
    SIGNOFF_2,
    WISH_GOOD,
    set('danke dank'),
    WH_EN,
    WH_DE,
    AUX_EN,
    AUX_DE,
    PRONOUN_EN,
    PRONOUN_DE,
    V1_SUBJECT_DE,
    Q_HI,
    OBJECT_EN,
    PARTICLE_EN,
  ]
    .flatMap((s) => [...s])
    // "Sehr geehrte Damen und Herren": a salutation long enough to pass for an item list
    .concat([
      ...FOUND,
      'too',
      'use',
      'unusable',
      'not',
      'has',
      'have',
      'from',
      'geehrte',
      'geehrter',
      'geehrtes',
      'missing',
      'short',
      'less',
      'instead',
    ])
    .concat([...NOTE_MODAL_EN, ...PASSED_ON_EN, 'ensure', 'sure'])
    .concat([...PAST]),
)

/** The sentence a position of the text falls in (sentences in order). */
export function sentenceAt(list: Sentence[], pos: number): Sentence | undefined {
  for (const s of list) if (pos >= s.start && pos < s.end) return s
  return undefined
}
