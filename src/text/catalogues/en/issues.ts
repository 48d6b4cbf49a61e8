/**
 * English messages of the `issues` area (ICU MessageFormat; ids start with `issues.`): the problems
 * validation finds in an ecosystem document, each issue's `messageData`. Each text is the issue's
 * English `message`, so `messageData.text` equals it.
 *
 * @packageDocumentation
 */
export const ISSUES_EN = {
  "issues.what": "{what, select, scenario {scenario} other {ecosystem}}",
  "issues.required": "is required",
  "issues.number": "must be a number",
  "issues.notFinite": "must be a finite number",
  "issues.string": "must be a string",
  "issues.invalidType":
    "must be {expected, select, boolean {true or false} array {a list} object {an object} other {of type {expected}}}",
  "issues.unknownField": "unknown field {key}",
  "issues.unknownFieldNear": "unknown field {key}; did you mean {suggestion}?",
  "issues.unknownFields": "unknown fields {keys}",
  "issues.empty": "must not be empty",
  "issues.blank": "must not be blank",
  "issues.invisibleId":
    "{id} shows no visible character (only white space and format characters such as U+200B, U+FEFF, U+2060 or bidi controls); choose a visible id",
  "issues.invisibleKind":
    "tie kind {kind} shows no visible character (only white space and format characters such as U+200B, U+FEFF, U+2060 or bidi controls); choose a visible kind",
  "issues.reservedId":
    "is the name of a JavaScript object member, which graphology cannot store as a key; choose another id",
  "issues.invalidDate": "must be a calendar date written YYYY-MM-DD",
  "issues.attributeValue": "must be a string, a finite number, a boolean or a list of strings",
  "issues.nonPositiveWeight": "must be greater than 0",
  "issues.negativeAmount": "must not be negative",
  "issues.zod": "{text}",
  "issues.reservedAttribute":
    '"{key}" is not a usable attribute name (empty, or the name of a JavaScript object member); choose another name',
  "issues.duplicateRole": 'duplicate role id "{id}"',
  "issues.duplicateActor": 'duplicate actor id "{id}"',
  "issues.unknownRole": 'unknown role "{role}"; declare it in roles or use one of {known}',
  "issues.spelling": "{id} ({form, select, NFC {NFC} NFD {NFD} other {neither NFC nor NFD}})",
  "issues.equivalentId":
    "actor id {id} and actor id {first} are one name in two Unicode spellings; spell it one way",
  "issues.unknownActor": 'unknown actor "{id}"',
  "issues.unknownActorNear": 'unknown actor "{id}"; did you mean {suggestion}?',
  "issues.unknownActorSpelling":
    "unknown actor {id}: actor id {variant} is the same name in another Unicode spelling; spell it one way",
  "issues.equivalentRoleId":
    "role id {id} and role id {first} are one name in two Unicode spellings; spell it one way",
  "issues.unknownRoleSpelling":
    "unknown role {role}: role id {variant} is the same name in another Unicode spelling; spell it one way",
  "issues.equivalentKind":
    "tie kind {kind} and tie kind {first} are one name in two Unicode spellings; spell it one way",
  "issues.selfTie": 'tie from "{id}" to itself; a tie must join two different actors',
  "issues.dateOrder": "until {until} is before since {since}",
  "issues.overflow":
    "the {what, select, weights {weights} other {amounts}} of the ties up to this one add up to more than the largest number ({max}); scale the {what, select, weights {weights} other {amounts}} down",
  "issues.didYouMean": "; did you mean {name}?",
  "issues.noHint": "",
} as const;
