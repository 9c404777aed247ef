/// The metrics data files (numerals, units, qualifiers, roles, context words, not-quantities,
/// ordinals, changes) read from their packed form field by field; see `PackedData` for why not
/// Codable. Each initializer reads the keys its type's Codable synthesis would.
extension NumeralLexicon: PackedData {
  init(packed object: PackedObject) throws {
    digits = try object.read("digits") { try $0.asDictionary { try $0.asInt() } }
    smallUnits = try object.read("smallUnits") { try $0.asDictionary { try $0.asInt() } }
    magnitudes = try object.read("magnitudes") { try $0.asDictionary { try $0.asDouble() } }
    decimalPoints = try object.strings("decimalPoints")
    chineseDecimalPoint = try object.string("chineseDecimalPoint")
    groupSeparators = try object.strings("groupSeparators")
    notInDigitStrings = try object.strings("notInDigitStrings")
    vagueDigits = try object.strings("vagueDigits")
    vagueLeads = try object.objects("vagueLeads")
    negativeSigns = try object.strings("negativeSigns")
    negativeWords = try object.strings("negativeWords")
    rangeConnectors = try object.strings("rangeConnectors")
    fractionMarker = try object.string("fractionMarker")
    shareWords = try object.objects("shareWords")
    halfMark = try object.string("halfMark")
    tenthsMarker = try object.string("tenthsMarker")
    tenthsBlockedBefore = try object.strings("tenthsBlockedBefore")
    discountMarker = try object.string("discountMarker")
    discountBlockedBefore = try object.strings("discountBlockedBefore")
    doubling = try object.object("doubling")
  }
}

extension NumeralLexicon.ShareWord: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    value = try object.double("value")
  }
}

extension NumeralLexicon.VagueLead: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    notAfter = try object.strings("notAfter")
  }
}

extension NumeralLexicon.Doubling: PackedData {
  init(packed object: PackedObject) throws {
    lead = try object.string("lead")
    filler = try object.string("filler")
    tail = try object.string("tail")
    unit = try object.string("unit")
  }
}

extension UnitLexicon: PackedData {
  init(packed object: PackedObject) throws {
    units = try object.objects("units")
    compoundDimensions = try object.strings("compoundDimensions")
    compoundJoiners = try object.strings("compoundJoiners")
    perSeparators = try object.strings("perSeparators")
    listJoiners = try object.strings("listJoiners")
    halfMark = try object.string("halfMark")
    halfDimensions = try object.strings("halfDimensions")
  }
}

extension UnitLexicon.Entry: PackedData {
  init(packed object: PackedObject) throws {
    surface = try object.string("surface")
    dimension = try object.optionalString("dimension")
    baseUnit = try object.optionalString("baseUnit")
    toBase = try object.optionalDouble("toBase")
    takesNoun = try object.optionalBool("takesNoun")
    displayAs = try object.optionalString("displayAs")
    canonical = try object.optionalString("canonical")
    multiplier = try object.optionalDouble("multiplier")
    currency = try object.optionalString("currency")
    compoundOnly = try object.optionalBool("compoundOnly")
    onlyBeforeNumber = try object.optionalBool("onlyBeforeNumber")
    onlyBefore = try object.optionalStrings("onlyBefore")
  }
}

extension QualifierLexicon: PackedData {
  init(packed object: PackedObject) throws {
    qualifiers = try object.objects("qualifiers")
    rangeJoiners = try object.strings("rangeJoiners")
    betweenConnectors = try object.strings("betweenConnectors")
    betweenEnd = try object.string("betweenEnd")
  }
}

extension QualifierLexicon.Entry: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    meaning = try object.name("meaning")
    position = try object.name("position")
    notAfter = try object.optionalStrings("notAfter")
    onlyDimensions = try object.optionalStrings("onlyDimensions")
    inclusive = try object.optionalBool("inclusive")
  }
}

extension RoleCueLexicon: PackedData {
  init(packed object: PackedObject) throws {
    targetCues = try object.objects("targetCues")
    planCues = try object.objects("planCues")
    achievedCues = try object.objects("achievedCues")
    targetYearPrefixes = try object.strings("targetYearPrefixes")
    achievedVerbs = try object.strings("achievedVerbs")
  }
}

extension RoleCueLexicon.Cue: PackedData {
  init(packed object: PackedObject) throws {
    cue = try object.string("cue")
    scope = try object.name("scope")
    direction = try object.name("direction")
    notAfter = try object.optionalStrings("notAfter")
    notBefore = try object.optionalStrings("notBefore")
  }
}

extension NotQuantityWords: PackedData {
  init(packed object: PackedObject) throws {
    words = try object.strings("words")
    placeSuffixes = try object.strings("placeSuffixes")
    maxNameLengthBeforeSuffix = try object.int("maxNameLengthBeforeSuffix")
  }
}

extension OrdinalLexicon: PackedData {
  init(packed object: PackedObject) throws {
    prefixMarker = try object.string("prefixMarker")
    prefixCounters = try object.objects("prefixCounters")
    suffixes = try object.objects("suffixes")
    periodPattern = try object.object("periodPattern")
  }
}

extension OrdinalLexicon.Counter: PackedData {
  init(packed object: PackedObject) throws {
    counter = try object.string("counter")
    kind = try object.string("kind")
  }
}

extension OrdinalLexicon.Suffix: PackedData {
  init(packed object: PackedObject) throws {
    suffix = try object.string("suffix")
    kind = try object.string("kind")
    arabicOnly = try object.optionalBool("arabicOnly")
    needsFollower = try object.optionalBool("needsFollower")
  }
}

extension OrdinalLexicon.PeriodPattern: PackedData {
  init(packed object: PackedObject) throws {
    lead = try object.string("lead")
    tail = try object.string("tail")
    kind = try object.string("kind")
  }
}

extension ChangeLexicon: PackedData {
  init(packed object: PackedObject) throws {
    verbs = try object.objects("verbs")
    rateWords = try object.objects("rateWords")
    rateLinks = try object.strings("rateLinks")
    levelMarkers = try object.strings("levelMarkers")
    fillers = try object.strings("fillers")
    perMarker = try object.string("perMarker")
    maxPerUnitLength = try object.int("maxPerUnitLength")
    notAfter = try object.strings("notAfter")
    bases = try object.objects("bases")
    maxBasisDistance = try object.int("maxBasisDistance")
    maxChangedLength = try object.int("maxChangedLength")
  }
}

extension ChangeLexicon.Word: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    direction = try object.name("direction")
  }
}

extension ChangeLexicon.Basis: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    basis = try object.string("basis")
  }
}
extension ContextWords: PackedData {
  init(packed object: PackedObject) throws {
    measureVerbs = try object.strings("measureVerbs")
    actionVerbs = try object.strings("actionVerbs")
    stopWords = try object.strings("stopWords")
    leadingWordsToDrop = try object.strings("leadingWordsToDrop")
    trailingWordsToDrop = try object.strings("trailingWordsToDrop")
    notSubjects = try object.strings("notSubjects")
    minObjectLength = try object.int("minObjectLength")
    maxSubjectLength = try object.int("maxSubjectLength")
    maxCountedLength = try object.int("maxCountedLength")
    selfNamingVerbs = try object.strings("selfNamingVerbs")
    badStartCharacters = try object.strings("badStartCharacters")
    badEndCharacters = try object.strings("badEndCharacters")
    badEndWords = try object.strings("badEndWords")
    timeResidueWords = try object.strings("timeResidueWords")
    changeVerbs = try object.strings("changeVerbs")
    shareVerbs = try object.strings("shareVerbs")
    listJoiners = try object.strings("listJoiners")
    wordsEndingInExamplesMarker = try object.strings("wordsEndingInExamplesMarker")
    placeHeadWords = try object.strings("placeHeadWords")
    nounsOfSelfCounters = try object.strings("nounsOfSelfCounters")
    counterTails = try object.strings("counterTails")
    wordsStartingWithStopWords = try object.strings("wordsStartingWithStopWords")
    respectiveWord = try object.string("respectiveWord")
    fromWords = try object.strings("fromWords")
    genericObjects = try object.strings("genericObjects")
    attributeMarker = try object.string("attributeMarker")
    comparisonWords = try object.strings("comparisonWords")
    wordsStartingWithComparison = try object.strings("wordsStartingWithComparison")
  }
}
