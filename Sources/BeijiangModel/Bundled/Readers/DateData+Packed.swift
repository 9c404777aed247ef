/// The date data files (dates.json, datelines.json) read from their packed form field by field;
/// see `PackedData` for why not Codable.
extension DateLexicon: PackedData {
  init(packed object: PackedObject) throws {
    yearRange = try object.object("yearRange")
    yearMarkers = try object.strings("yearMarkers")
    monthMarker = try object.string("monthMarker")
    dayMarkers = try object.strings("dayMarkers")
    rangeConnectors = try object.strings("rangeConnectors")
    rangeOpeners = try object.strings("rangeOpeners")
    untilNowWords = try object.strings("untilNowWords")
    untilNowNotBefore = try object.strings("untilNowNotBefore")
    numericSeparators = try object.strings("numericSeparators")
    relativeYears = try object.objects("relativeYears")
    spans = try object.objects("spans")
    festivals = try object.objects("festivals")
    festivalQuotes = try object.read("festivalQuotes") {
      try $0.asArray { try $0.asArray { try $0.asString() } }
    }
    festivalSuffixes = try object.strings("festivalSuffixes")
    festivalOwnDaySuffixes = try object.strings("festivalOwnDaySuffixes")
    springFestival = try object.read("springFestival") {
      try $0.asDictionary { try $0.asArray { try $0.asInt() } }
    }
    lunarMarker = try object.string("lunarMarker")
    lunarMonthNames = try object.read("lunarMonthNames") { try $0.asDictionary { try $0.asInt() } }
    lunarDayPrefix = try object.string("lunarDayPrefix")
    dayAloneNotAfter = try object.strings("dayAloneNotAfter")
    laterAnchors = try object.strings("laterAnchors")
    monthSuffixes = try object.strings("monthSuffixes")
    laterYearGraceDays = try object.int("laterYearGraceDays")
    relativeDays = try object.objects("relativeDays")
    relativeMonths = try object.objects("relativeMonths")
    relativeWeeks = try object.objects("relativeWeeks")
    weekdayPrefixes = try object.strings("weekdayPrefixes")
    weekdayNames = try object.strings("weekdayNames")
    weekdaySunday = try object.strings("weekdaySunday")
    weekdayNotAfter = try object.strings("weekdayNotAfter")
    vagueWords = try object.strings("vagueWords")
    vagueNotAfter = try object.strings("vagueNotAfter")
    monthParts = try object.objects("monthParts")
    countUnits = try object.objects("countUnits")
    agoWords = try object.objects("agoWords")
    sinceWords = try object.strings("sinceWords")
    sinceNotBefore = try object.strings("sinceNotBefore")
    spanPrefixes = try object.objects("spanPrefixes")
    spanPrefixNotAfter = try object.strings("spanPrefixNotAfter")
    centuries = try object.objects("centuries")
    decadeMarker = try object.string("decadeMarker")
    bareDecadeMin = try object.int("bareDecadeMin")
    decadeParts = try object.objects("decadeParts")
    plans = try object.objects("plans")
    planSuffixes = try object.strings("planSuffixes")
    openSuffixes = try object.objects("openSuffixes")
    openSuffixNotBefore = try object.strings("openSuffixNotBefore")
    untilPrefixes = try object.strings("untilPrefixes")
    targetCues = try object.strings("targetCues")
    changeToWords = try object.strings("changeToWords")
    targetCueReach = try object.int("targetCueReach")
    targetFollowers = try object.strings("targetFollowers")
    targetFollowerReach = try object.int("targetFollowerReach")
  }
}

extension DateLexicon.YearRange: PackedData {
  init(packed object: PackedObject) throws {
    min = try object.int("min")
    max = try object.int("max")
  }
}

extension DateLexicon.RelativeYear: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    offset = try object.int("offset")
    notAfter = try object.optionalStrings("notAfter")
    samePeriod = try object.optionalBool("samePeriod")
    anaphoric = try object.optionalBool("anaphoric")
    aloneIsReference = try object.optionalBool("aloneIsReference")
  }
}

extension DateLexicon.Span: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    start = try object.ints("start")
    end = try object.ints("end")
    endYearOffset = try object.optionalInt("endYearOffset")
    precision = try object.name("precision")
    notAfter = try object.optionalStrings("notAfter")
    standalone = try object.optionalBool("standalone")
  }
}

extension DateLexicon.FestivalDay: PackedData {
  init(packed object: PackedObject) throws {
    month = try object.optionalInt("month")
    day = try object.optionalInt("day")
    springFestivalOffset = try object.optionalInt("springFestivalOffset")
    lunar = try object.optionalInts("lunar")
  }
}

extension DateLexicon.Festival: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    start = try object.object("start")
    end = try object.object("end")
    needsContext = try object.optionalBool("needsContext")
  }
}

extension DateLexicon.DecadePart: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    first = try object.int("first")
    last = try object.int("last")
  }
}

extension DateLexicon.Offset: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    offset = try object.int("offset")
    notAfter = try object.optionalStrings("notAfter")
    anaphoric = try object.optionalBool("anaphoric")
    aloneIsReference = try object.optionalBool("aloneIsReference")
  }
}

extension DateLexicon.MonthPart: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    start = try object.int("start")
    end = try object.int("end")
  }
}

extension DateLexicon.CountedUnit: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    unit = try object.name("unit")
  }
}

extension DateLexicon.AgoWord: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    sign = try object.int("sign")
  }
}

extension DateLexicon.SpanPrefix: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    direction = try object.name("direction")
  }
}

extension DateLexicon.Century: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    start = try object.int("start")
  }
}

extension DateLexicon.Plan: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    start = try object.int("start")
    end = try object.int("end")
  }
}

extension DateLexicon.OpenSuffix: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    kind = try object.name("kind")
  }
}

extension DatelineLexicon: PackedData {
  init(packed object: PackedObject) throws {
    publicationLabels = try object.strings("publicationLabels")
    agencyEndings = try object.strings("agencyEndings")
    agencyNames = try object.strings("agencyNames")
    agencyReach = try object.int("agencyReach")
    maxDatelineLength = try object.int("maxDatelineLength")
    maxSourceLength = try object.int("maxSourceLength")
    maxSignatureLength = try object.int("maxSignatureLength")
    leadingParts = try object.int("leadingParts")
    trailingParts = try object.int("trailingParts")
    frontMatterFence = try object.string("frontMatterFence")
    frontMatterKeys = try object.strings("frontMatterKeys")
    anniversaries = try object.objects("anniversaries")
    anniversaryGap = try object.int("anniversaryGap")
    anniversaryMarkers = try object.strings("anniversaryMarkers")
    comparisonBefore = try object.strings("comparisonBefore")
    comparisonAfter = try object.strings("comparisonAfter")
    changeFrom = try object.strings("changeFrom")
    sessions = try object.objects("sessions")
    sessionTermMarker = try object.string("sessionTermMarker")
    sessionMarker = try object.string("sessionMarker")
    sessionOrdinal = try object.string("sessionOrdinal")
    sessionReach = try object.int("sessionReach")
  }
}

extension DatelineLexicon.Anniversary: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    year = try object.int("year")
  }
}

extension DatelineLexicon.Session: PackedData {
  init(packed object: PackedObject) throws {
    bodies = try object.strings("bodies")
    term = try object.int("term")
    year = try object.int("year")
    termYears = try object.int("termYears")
  }
}

extension LunarMonthsFile: PackedData {
  init(packed object: PackedObject) throws { years = try object.objects("years") }
}

extension LunarMonthsFile.Year: PackedData {
  init(packed object: PackedObject) throws {
    year = try object.int("year")
    newYear = try object.ints("newYear")
    leapMonth = try object.int("leapMonth")
    days = try object.ints("days")
    dayZero = try object.optionalInts("dayZero")
    searchMisses = try object.optionalInts("searchMisses")
    thirtieths = try object.readIfPresent("thirtieths") {
      try $0.asArray { try $0.asArray { try $0.asInt() } }
    }
  }
}
