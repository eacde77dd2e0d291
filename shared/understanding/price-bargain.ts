// A better price asked for ("can you do a better price on the onion bags", "can we get a discount", "rate kam
// karo", "gibt es Rabatt?") is the owner's to agree: not goods ordered, nor a price the bot can read out.
import { fold } from './text'

const BARGAIN = new RegExp(
  [
    '(?:can|could|will|would) (?:you|u) (?:do|give|offer|make|match)(?: (?:us|me))? (?:a |any |some |the )?(?:better|lower|best|cheaper|special|good|bulk|wholesale) (?:price|rate|deal)s?',
    '(?:can|could|do|will) (?:we|i) (?:get|have)(?: (?:a|any|some))? (?:discount|better (?:price|rate|deal)|lower (?:price|rate))',
    '^(?:(?:hi|hello|hey|ok|and|also|so)[ ,]+)?any discount',
    '(?:rate|price|daam|dam|bhav) (?:thoda )?kam (?:karo|kar do|kardo|kijiye|karna|ho sakta|hoga)',
    'discount (?:milega|mil sakta|de do|dedo|dijiye|do na)',
    '(?:gibt es|bekommen wir|kriegen wir|bekomme ich|krieg ich)(?: (?:da|auch))? (?:einen |etwas |ein bisschen )?rabatt',
    'geht(?: es| das)? (?:auch )?(?:etwas |ein bisschen )?gunstiger',
  ]
    .map((p) => `(?<![\\p{L}])(?:${p})(?![\\p{L}])`)
    .join('|'),
  'u',
)

/** Does the text ask for a better price (folded or not)? */
export function bargains(text: string): boolean {
  return BARGAIN.test(fold(text))
}
