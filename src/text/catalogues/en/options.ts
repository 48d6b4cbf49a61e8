/**
 * English messages of the `options` area (ICU MessageFormat; ids start with `options.`): the words of
 * `InvalidOptionError`, each error's `detail`. A few frames (`{option} {value} must be {rule}`) take a
 * rule (`options.rule.*`) as a nested message, so a range or type check needs no sentence of its own.
 *
 * Each text is also its own export, so the core bundles only the texts its checks use (the light core
 * of docs/performance.md); {@link OPTIONS_EN} gathers them for the catalogues.
 *
 * @packageDocumentation
 */

/** `options.mustBe` */
export const OPTION_MUST_BE = "{fn}: {option} {value} must be {rule}";
/** `options.mustBeGot` */
export const OPTION_MUST_BE_GOT = "{fn}: {option} must be {rule}, got {value}";
/** `options.isNot` */
export const OPTION_IS_NOT = "{fn}: {option} {value} is not {rule}";
/** `options.mustBeBare` */
export const OPTION_MUST_BE_BARE = "{fn}: {option} must be {rule}";
/** `options.unknownKey` */
export const OPTION_UNKNOWN_KEY = '{fn}: unknown option "{key}"{hint}';
/** `options.notObject` */
export const OPTION_NOT_OBJECT = "{fn}: options must be an object, got {got}";
/** `options.value` */
export const OPTION_VALUE =
  "{kind, select, null {null} array {an array} undefined {undefined} other {a {kind}}}";
/** `options.rule.positiveInteger` */
export const OPTION_RULE_POSITIVE_INTEGER = "a positive integer";
/** `options.rule.integerAtLeast` */
export const OPTION_RULE_INTEGER_AT_LEAST = "an integer of at least {min}";
/** `options.rule.integerAtLeastOrInfinity` */
export const OPTION_RULE_INTEGER_AT_LEAST_OR_INFINITY = "an integer of at least {min}, or Infinity";
/** `options.rule.wholeAtLeast` */
export const OPTION_RULE_WHOLE_AT_LEAST = "a whole number of at least {min}";
/** `options.rule.integerGe` */
export const OPTION_RULE_INTEGER_GE = "an integer ≥ {min}";
/** `options.rule.integerGeK` */
export const OPTION_RULE_INTEGER_GE_K = "an integer ≥ k ({min})";
/** `options.rule.integerFromTo` */
export const OPTION_RULE_INTEGER_FROM_TO = "an integer from {min} to {max}";
/** `options.rule.integerToActors` */
export const OPTION_RULE_INTEGER_TO_ACTORS = "an integer from {min} to the number of actors ({max})";
/** `options.rule.integerToActorsMinusOne` */
export const OPTION_RULE_INTEGER_TO_ACTORS_MINUS_ONE =
  "an integer from {min} to the number of actors minus one ({max})";
/** `options.rule.tableIndex` */
export const OPTION_RULE_TABLE_INDEX = "a table index from 0 to {max}";
/** `options.rule.finite` */
export const OPTION_RULE_FINITE = "a finite number";
/** `options.rule.finiteGreaterThan` */
export const OPTION_RULE_FINITE_GREATER_THAN = "a finite number greater than {min}";
/** `options.rule.finiteAbove` */
export const OPTION_RULE_FINITE_ABOVE = "a finite number above {min}";
/** `options.rule.finiteGt` */
export const OPTION_RULE_FINITE_GT = "a finite number > {min}";
/** `options.rule.finiteAtLeast` */
export const OPTION_RULE_FINITE_AT_LEAST = "a finite number of at least {min}";
/** `options.rule.numberAtLeast` */
export const OPTION_RULE_NUMBER_AT_LEAST = "a number of at least {min}";
/** `options.rule.numberGt` */
export const OPTION_RULE_NUMBER_GT = "a number > {min}";
/** `options.rule.numberGe` */
export const OPTION_RULE_NUMBER_GE = "a number ≥ {min}";
/** `options.rule.positiveUpToOne` */
export const OPTION_RULE_POSITIVE_UP_TO_ONE = "a number greater than 0 and at most 1";
/** `options.rule.zeroToBelowOne` */
export const OPTION_RULE_ZERO_TO_BELOW_ONE = "at least 0 and less than 1";
/** `options.rule.within` */
export const OPTION_RULE_WITHIN = "in {interval}";
/** `options.rule.numberWithin` */
export const OPTION_RULE_NUMBER_WITHIN = "a number in {interval}";
/** `options.rule.integerWithin` */
export const OPTION_RULE_INTEGER_WITHIN = "an integer in {interval}";
/** `options.rule.oneOf` */
export const OPTION_RULE_ONE_OF = "{head} or {last}";
/** `options.rule.oneOfList` */
export const OPTION_RULE_ONE_OF_LIST = "one of {choices}";
/** `options.rule.autoExactOrInteger` */
export const OPTION_RULE_AUTO_EXACT_OR_INTEGER = '"auto", "exact" or an integer of at least {min}';
/** `options.rule.idsOrInteger` */
export const OPTION_RULE_IDS_OR_INTEGER = "a list of actor ids or an integer of at least {min}";
/** `options.rule.object` */
export const OPTION_RULE_OBJECT = "an object";
/** `options.rule.date` */
export const OPTION_RULE_DATE = "a calendar date written YYYY-MM-DD";
/** `options.rule.groupings` */
export const OPTION_RULE_GROUPINGS = '"role", "community", an attribute name or a function';
/** `options.rule.attributeName` */
export const OPTION_RULE_ATTRIBUTE_NAME = "the non-empty name of an actor attribute";
/** `options.rule.scalar` */
export const OPTION_RULE_SCALAR = "a string, number or boolean";
/** `options.rule.nonEmptyString` */
export const OPTION_RULE_NON_EMPTY_STRING = "a non-empty string";
/** `options.rule.probability` */
export const OPTION_RULE_PROBABILITY = "a number in [0, 1], {head} or {last}";
/** `options.rule.assignName` */
export const OPTION_RULE_ASSIGN_NAME = "a non-empty name that is not a member of every object";
/** `options.rule.mapOrRecord` */
export const OPTION_RULE_MAP_OR_RECORD = "a Map or a record from actor id to value";
/** `options.rule.regionList` */
export const OPTION_RULE_REGION_LIST = "a non-empty list of region names";
/** `options.rule.string` */
export const OPTION_RULE_STRING = "a string";
/** `options.rule.boolean` */
export const OPTION_RULE_BOOLEAN = "a boolean";
/** `options.rule.function` */
export const OPTION_RULE_FUNCTION = "a function";
/** `options.rule.kindList` */
export const OPTION_RULE_KIND_LIST = "a list of tie kinds (strings)";
/** `options.rule.dateString` */
export const OPTION_RULE_DATE_STRING = "a YYYY-MM-DD date string";
/** `options.rule.roleList` */
export const OPTION_RULE_ROLE_LIST = "a list of roles";
/** `options.rule.tieList` */
export const OPTION_RULE_TIE_LIST = "a list of ties with source and target";
/** `options.rule.dateList` */
export const OPTION_RULE_DATE_LIST = "a list of YYYY-MM-DD dates";
/** `options.unknownGapKind` */
export const OPTION_UNKNOWN_GAP_KIND = '{fn}: unknown gap kind "{kind}" in include; use {choices}';
/** `options.unknownStrategy` */
export const OPTION_UNKNOWN_STRATEGY =
  '{fn}: unknown strategy "{strategy}"; use "random", "degree", "betweenness" or a function';
/** `options.unknownWeight` */
export const OPTION_UNKNOWN_WEIGHT =
  '{fn}: unknown weight "{key}"; use betweenness, cutOff, needs or brokerage (constraint and participation are evidence, not parts of the score)';
/** `options.notComponent` */
export const OPTION_NOT_COMPONENT = "{fn}: weights.{key} is not a score component; use {choices}";
/** `options.complementarityRole` */
export const OPTION_COMPLEMENTARITY_ROLE = '{fn}: complementarity names unknown role "{role}"{hint}';
/** `options.notActor` */
export const OPTION_NOT_ACTOR = "{fn}: {option} {id} is not an actor of the ecosystem";
/** `options.unknownEnd` */
export const OPTION_UNKNOWN_END = "{fn}: unknown {end, select, source {source} other {target}} actor {id}";
/** `options.nodesUnknown` */
export const OPTION_NODES_UNKNOWN = "{fn}: nodes names an unknown actor {id}";
/** `options.participantNotActor` */
export const OPTION_PARTICIPANT_NOT_ACTOR = '{fn}: participant "{id}" is not an actor';
/** `options.listedTwice` */
export const OPTION_LISTED_TWICE =
  '{fn}: {what, select, seed {seed} other {participant}} "{id}" is listed twice';
/** `options.noParticipantSelected` */
export const OPTION_NO_PARTICIPANT_SELECTED = "{fn}: the participants filter selects no actor";
/** `options.noParticipants` */
export const OPTION_NO_PARTICIPANTS = "{fn}: there are no participants";
/** `options.sameActor` */
export const OPTION_SAME_ACTOR = "{fn}: {first} and {second} are the same actor {id}";
/** `options.joinsItself` */
export const OPTION_JOINS_ITSELF =
  '{fn}: {option} joins {actor, select, yes {actor } other {}}"{id}" to itself';
/** `options.pairsItself` */
export const OPTION_PAIRS_ITSELF = '{fn}: {option} pairs "{id}" with itself';
/** `options.namesNonParticipant` */
export const OPTION_NAMES_NON_PARTICIPANT = '{fn}: {option} names "{id}", who is not a participant';
/** `options.hostNotParticipant` */
export const OPTION_HOST_NOT_PARTICIPANT = '{fn}: {option} "{id}" is not a participant';
/** `options.seatsNonActor` */
export const OPTION_SEATS_NON_ACTOR =
  '{fn}: session {session}, table {table} seats "{id}", who is not an actor';
/** `options.hostsTwoTables` */
export const OPTION_HOSTS_TWO_TABLES = '{fn}: "{id}" hosts two tables';
/** `options.tableHosts` */
export const OPTION_TABLE_HOSTS = "{fn}: table {table} has {hosts} hosts but seats {seats}";
/** `options.hostApart` */
export const OPTION_HOST_APART = '{fn}: "{first}" and "{second}" must sit together but host different tables';
/** `options.apartAndTogether` */
export const OPTION_APART_AND_TOGETHER =
  '{fn}: "{first}" and "{second}" are asked to sit both apart and together';
/** `options.cannotSeat` */
export const OPTION_CANNOT_SEAT =
  "{fn}: {count} participants cannot sit at {tables} tables of {min} to {max} (balanced tables hold {small}{larger, select, yes { or {large}} other {}})";
/** `options.exactTooLarge` */
export const OPTION_EXACT_TOO_LARGE =
  '{fn}: solver "exact" would enumerate about {count} seatings; use "heuristic" or "auto"';
/** `options.sizeOrder` */
export const OPTION_SIZE_ORDER = "{fn}: size.min {min} is larger than size.max {max}";
/** `options.notEmpty` */
export const OPTION_NOT_EMPTY = "{fn}: {option} must not be empty";
/** `options.listAttribute` */
export const OPTION_LIST_ATTRIBUTE =
  '{fn}: attribute "{name}" of actor "{id}" is a list; group by a single-valued attribute';
/** `options.attributeMissing` */
export const OPTION_ATTRIBUTE_MISSING =
  '{fn}: attribute "{name}" is missing on {count, number, ::group-off} {count, plural, one {actor} other {actors}} ({shown}{more, select, yes {, …} other {}}); pass groupBy or add it';
/** `options.noFiniteNumber` */
export const OPTION_NO_FINITE_NUMBER = "{fn}: actor {id} has no finite number in attribute {name}";
/** `options.partitionMissing` */
export const OPTION_PARTITION_MISSING =
  "{fn}: the partition has no community for {count, number, ::group-off} {count, plural, one {actor} other {actors}} ({shown}{more, select, yes {, …} other {}}); give every actor a number or string";
/** `options.partitionUnknown` */
export const OPTION_PARTITION_UNKNOWN =
  "{fn}: the partition names {count, number, ::group-off} unknown {count, plural, one {actor} other {actors}} ({shown}{more, select, yes {, …} other {}})";
/** `options.poolUnknown` */
export const OPTION_POOL_UNKNOWN =
  "{fn}: pool names {count, number, ::group-off} unknown {count, plural, one {actor} other {actors}} ({shown})";
/** `options.poolRepeats` */
export const OPTION_POOL_REPEATS = "{fn}: pool ids must not repeat an actor";
/** `options.strategyReturned` */
export const OPTION_STRATEGY_RETURNED =
  '{fn}: strategy returned "{id}" at step {step}, which is not a remaining actor of the pool';
/** `options.emptyGroupBy` */
export const OPTION_EMPTY_GROUP_BY = "{fn}: groupBy is an empty list; name at least one grouping";
/** `options.weightsZero` */
export const OPTION_WEIGHTS_ZERO = "{fn}: weights are all 0; give at least one part a positive weight";
/** `options.componentsZero` */
export const OPTION_COMPONENTS_ZERO =
  "{fn}: the weights of complementarity, structuralGain, feasibility and similarity sum to 0; give one a positive weight";
/** `options.sampledLength` */
export const OPTION_SAMPLED_LENGTH = '{fn}: a sampled estimate counts hops; drop sample or weights: "length"';
/** `options.sourceTargetPair` */
export const OPTION_SOURCE_TARGET_PAIR =
  "{fn}: give both source and target, or neither for the whole network";
/** `options.similarityBy` */
export const OPTION_SIMILARITY_BY = "{fn}: similarityBy holds {value}; give attribute names";
/** `options.scopeEmpty` */
export const OPTION_SCOPE_EMPTY =
  "{fn}: no actor has {attribute} = {value}; the scope would leave nothing to suggest";
/** `options.assignUnknown` */
export const OPTION_ASSIGN_UNKNOWN = "{fn}: {id} is no actor of the graph{hint}";
/** `options.spreadNeedsSeeds` */
export const OPTION_SPREAD_NEEDS_SEEDS =
  '{fn}: objective "spread" needs spread: {form}, the actors the innovation starts with';
/** `options.noProposedKindChance` */
export const OPTION_NO_PROPOSED_KIND_CHANCE =
  '{fn}: spread.probability.kind has no chance for the proposed tie kind "{kind}" ({source}–{target}); add it or set spread.probability.otherwise';
/** `options.noKindChance` */
export const OPTION_NO_KIND_CHANCE =
  '{fn}: probability.kind has no chance for tie kind "{kind}"; add it or set probability.otherwise';
/** `options.noRolePairChance` */
export const OPTION_NO_ROLE_PAIR_CHANCE =
  '{fn}: probability.rolePair has no chance from role "{tail}" to role "{head}"; add it or set probability.otherwise';
/** `options.probabilityCascadeOnly` */
export const OPTION_PROBABILITY_CASCADE_ONLY =
  "{fn}: probability applies to the independent cascade only; the linear-threshold weights come from tie strengths";
/** `options.seedsEmpty` */
export const OPTION_SEEDS_EMPTY = '{fn}: seeds must list at least one actor id, e.g. seeds: ["a1"]';
/** `options.tiesEmpty` */
export const OPTION_TIES_EMPTY = "{fn}: ties must list at least one candidate tie {form}";
/** `options.noActors` */
export const OPTION_NO_ACTORS = "{fn}: the ecosystem has no actors";
/** `options.rolesShare` */
export const OPTION_ROLES_SHARE = "{fn}: roles must give some role a share > 0";
/** `options.dateOrder` */
export const OPTION_DATE_ORDER = "{fn}: to {to} is before from {from}";
/** `options.giveForms` */
export const OPTION_GIVE_FORMS = "{fn}: give {forms}";
/** `options.idPrefix` */
export const OPTION_ID_PREFIX =
  '{fn}: idPrefix "{value}" must start with a letter and hold only letters, digits, - and _';

/** `options.noTieKind` */
export const OPTION_NO_TIE_KIND =
  "{fn}: no tie has the {count, plural, one {kind} other {kinds}} {kinds}{hint}";
/** `options.noRole` */
export const OPTION_NO_ROLE = "{fn}: {option} names no role";
/** `options.unknownRole` */
export const OPTION_UNKNOWN_ROLE = "{fn}: {option} names the unknown role {role}{hint}";
/** `options.roleNotHeld` */
export const OPTION_ROLE_NOT_HELD =
  "{fn}: no actor has the {count, plural, one {role} other {roles}} {roles}{hint}";
/** `options.noAttribute` */
export const OPTION_NO_ATTRIBUTE = '{fn}: no actor has the attribute "{name}"{hint}';

/** Every `options` message by id. */
export const OPTIONS_EN = {
  "options.noTieKind": OPTION_NO_TIE_KIND,
  "options.noRole": OPTION_NO_ROLE,
  "options.unknownRole": OPTION_UNKNOWN_ROLE,
  "options.roleNotHeld": OPTION_ROLE_NOT_HELD,
  "options.noAttribute": OPTION_NO_ATTRIBUTE,
  "options.mustBe": OPTION_MUST_BE,
  "options.mustBeGot": OPTION_MUST_BE_GOT,
  "options.isNot": OPTION_IS_NOT,
  "options.mustBeBare": OPTION_MUST_BE_BARE,
  "options.unknownKey": OPTION_UNKNOWN_KEY,
  "options.notObject": OPTION_NOT_OBJECT,
  "options.value": OPTION_VALUE,
  "options.rule.positiveInteger": OPTION_RULE_POSITIVE_INTEGER,
  "options.rule.integerAtLeast": OPTION_RULE_INTEGER_AT_LEAST,
  "options.rule.integerAtLeastOrInfinity": OPTION_RULE_INTEGER_AT_LEAST_OR_INFINITY,
  "options.rule.wholeAtLeast": OPTION_RULE_WHOLE_AT_LEAST,
  "options.rule.integerGe": OPTION_RULE_INTEGER_GE,
  "options.rule.integerGeK": OPTION_RULE_INTEGER_GE_K,
  "options.rule.integerFromTo": OPTION_RULE_INTEGER_FROM_TO,
  "options.rule.integerToActors": OPTION_RULE_INTEGER_TO_ACTORS,
  "options.rule.integerToActorsMinusOne": OPTION_RULE_INTEGER_TO_ACTORS_MINUS_ONE,
  "options.rule.tableIndex": OPTION_RULE_TABLE_INDEX,
  "options.rule.finite": OPTION_RULE_FINITE,
  "options.rule.finiteGreaterThan": OPTION_RULE_FINITE_GREATER_THAN,
  "options.rule.finiteAbove": OPTION_RULE_FINITE_ABOVE,
  "options.rule.finiteGt": OPTION_RULE_FINITE_GT,
  "options.rule.finiteAtLeast": OPTION_RULE_FINITE_AT_LEAST,
  "options.rule.numberAtLeast": OPTION_RULE_NUMBER_AT_LEAST,
  "options.rule.numberGt": OPTION_RULE_NUMBER_GT,
  "options.rule.numberGe": OPTION_RULE_NUMBER_GE,
  "options.rule.positiveUpToOne": OPTION_RULE_POSITIVE_UP_TO_ONE,
  "options.rule.zeroToBelowOne": OPTION_RULE_ZERO_TO_BELOW_ONE,
  "options.rule.within": OPTION_RULE_WITHIN,
  "options.rule.numberWithin": OPTION_RULE_NUMBER_WITHIN,
  "options.rule.integerWithin": OPTION_RULE_INTEGER_WITHIN,
  "options.rule.oneOf": OPTION_RULE_ONE_OF,
  "options.rule.oneOfList": OPTION_RULE_ONE_OF_LIST,
  "options.rule.autoExactOrInteger": OPTION_RULE_AUTO_EXACT_OR_INTEGER,
  "options.rule.idsOrInteger": OPTION_RULE_IDS_OR_INTEGER,
  "options.rule.object": OPTION_RULE_OBJECT,
  "options.rule.date": OPTION_RULE_DATE,
  "options.rule.groupings": OPTION_RULE_GROUPINGS,
  "options.rule.attributeName": OPTION_RULE_ATTRIBUTE_NAME,
  "options.rule.scalar": OPTION_RULE_SCALAR,
  "options.rule.nonEmptyString": OPTION_RULE_NON_EMPTY_STRING,
  "options.rule.probability": OPTION_RULE_PROBABILITY,
  "options.rule.assignName": OPTION_RULE_ASSIGN_NAME,
  "options.rule.mapOrRecord": OPTION_RULE_MAP_OR_RECORD,
  "options.rule.regionList": OPTION_RULE_REGION_LIST,
  "options.rule.dateList": OPTION_RULE_DATE_LIST,
  "options.rule.string": OPTION_RULE_STRING,
  "options.rule.boolean": OPTION_RULE_BOOLEAN,
  "options.rule.function": OPTION_RULE_FUNCTION,
  "options.rule.kindList": OPTION_RULE_KIND_LIST,
  "options.rule.dateString": OPTION_RULE_DATE_STRING,
  "options.rule.roleList": OPTION_RULE_ROLE_LIST,
  "options.rule.tieList": OPTION_RULE_TIE_LIST,
  "options.unknownGapKind": OPTION_UNKNOWN_GAP_KIND,
  "options.unknownStrategy": OPTION_UNKNOWN_STRATEGY,
  "options.unknownWeight": OPTION_UNKNOWN_WEIGHT,
  "options.notComponent": OPTION_NOT_COMPONENT,
  "options.complementarityRole": OPTION_COMPLEMENTARITY_ROLE,
  "options.notActor": OPTION_NOT_ACTOR,
  "options.unknownEnd": OPTION_UNKNOWN_END,
  "options.nodesUnknown": OPTION_NODES_UNKNOWN,
  "options.participantNotActor": OPTION_PARTICIPANT_NOT_ACTOR,
  "options.listedTwice": OPTION_LISTED_TWICE,
  "options.noParticipantSelected": OPTION_NO_PARTICIPANT_SELECTED,
  "options.noParticipants": OPTION_NO_PARTICIPANTS,
  "options.sameActor": OPTION_SAME_ACTOR,
  "options.joinsItself": OPTION_JOINS_ITSELF,
  "options.pairsItself": OPTION_PAIRS_ITSELF,
  "options.namesNonParticipant": OPTION_NAMES_NON_PARTICIPANT,
  "options.hostNotParticipant": OPTION_HOST_NOT_PARTICIPANT,
  "options.seatsNonActor": OPTION_SEATS_NON_ACTOR,
  "options.hostsTwoTables": OPTION_HOSTS_TWO_TABLES,
  "options.tableHosts": OPTION_TABLE_HOSTS,
  "options.hostApart": OPTION_HOST_APART,
  "options.apartAndTogether": OPTION_APART_AND_TOGETHER,
  "options.cannotSeat": OPTION_CANNOT_SEAT,
  "options.exactTooLarge": OPTION_EXACT_TOO_LARGE,
  "options.sizeOrder": OPTION_SIZE_ORDER,
  "options.notEmpty": OPTION_NOT_EMPTY,
  "options.listAttribute": OPTION_LIST_ATTRIBUTE,
  "options.attributeMissing": OPTION_ATTRIBUTE_MISSING,
  "options.noFiniteNumber": OPTION_NO_FINITE_NUMBER,
  "options.partitionMissing": OPTION_PARTITION_MISSING,
  "options.partitionUnknown": OPTION_PARTITION_UNKNOWN,
  "options.poolUnknown": OPTION_POOL_UNKNOWN,
  "options.poolRepeats": OPTION_POOL_REPEATS,
  "options.strategyReturned": OPTION_STRATEGY_RETURNED,
  "options.emptyGroupBy": OPTION_EMPTY_GROUP_BY,
  "options.weightsZero": OPTION_WEIGHTS_ZERO,
  "options.componentsZero": OPTION_COMPONENTS_ZERO,
  "options.sampledLength": OPTION_SAMPLED_LENGTH,
  "options.sourceTargetPair": OPTION_SOURCE_TARGET_PAIR,
  "options.similarityBy": OPTION_SIMILARITY_BY,
  "options.scopeEmpty": OPTION_SCOPE_EMPTY,
  "options.assignUnknown": OPTION_ASSIGN_UNKNOWN,
  "options.spreadNeedsSeeds": OPTION_SPREAD_NEEDS_SEEDS,
  "options.noProposedKindChance": OPTION_NO_PROPOSED_KIND_CHANCE,
  "options.noKindChance": OPTION_NO_KIND_CHANCE,
  "options.noRolePairChance": OPTION_NO_ROLE_PAIR_CHANCE,
  "options.probabilityCascadeOnly": OPTION_PROBABILITY_CASCADE_ONLY,
  "options.seedsEmpty": OPTION_SEEDS_EMPTY,
  "options.tiesEmpty": OPTION_TIES_EMPTY,
  "options.noActors": OPTION_NO_ACTORS,
  "options.rolesShare": OPTION_ROLES_SHARE,
  "options.dateOrder": OPTION_DATE_ORDER,
  "options.giveForms": OPTION_GIVE_FORMS,
  "options.idPrefix": OPTION_ID_PREFIX,
} as const;
