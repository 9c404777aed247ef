/// The brief, title and project data files read from their packed form field by field; see
/// `PackedData` for why not Codable.
extension FigureLexicon: PackedData {
  init(packed object: PackedObject) throws {
    qualifiers = try object.objects("qualifiers")
    defaultQualifiers = try object.read("defaultQualifiers") { try $0.asDictionary { try $0.asString() } }
    openRangeQualifiers = try object.object("openRangeQualifiers")
    rangeWords = try object.object("rangeWords")
    shares = try object.objects("shares")
    tenths = try object.strings("tenths")
    englishUnits = try object.objects("englishUnits")
  }
}

extension FigureLexicon.Qualifier: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
    meaning = try object.name("meaning")
    position = try object.name("position")
    fallback = try object.optionalString("fallback")
    english = try object.string("english")
    symbol = try object.string("symbol")
  }
}

extension FigureLexicon.Share: PackedData {
  init(packed object: PackedObject) throws {
    numerator = try object.int("numerator")
    denominator = try object.int("denominator")
    chinese = try object.string("chinese")
    english = try object.string("english")
  }
}

extension FigureLexicon.EnglishUnit: PackedData {
  init(packed object: PackedObject) throws {
    unit = try object.string("unit")
    plural = try object.string("plural")
    singular = try object.optionalString("singular")
  }
}

extension FigureLexicon.OpenRangeQualifiers: PackedData {
  init(packed object: PackedObject) throws {
    lowOnly = try object.string("lowOnly")
    highOnly = try object.string("highOnly")
  }
}

extension FigureLexicon.RangeWords: PackedData {
  init(packed object: PackedObject) throws {
    chinese = try object.string("chinese")
    english = try object.string("english")
    table = try object.string("table")
  }
}

extension ArticleTitle.Lexicon: PackedData {
  init(packed object: PackedObject) throws {
    bylineStarts = try object.strings("bylineStarts")
    bylineEnds = try object.strings("bylineEnds")
    creditWords = try object.strings("creditWords")
    titleLabels = try object.strings("titleLabels")
    pictureNotes = try object.strings("pictureNotes")
    sentenceEnds = try object.strings("sentenceEnds")
    leadInStarts = try object.strings("leadInStarts")
    leadInEnds = try object.strings("leadInEnds")
    shortestClause = try object.int("shortestClause")
    shortestTitle = try object.int("shortestTitle")
    longestTitle = try object.int("longestTitle")
    linesRead = try object.int("linesRead")
  }
}

extension ProjectCatalog: PackedData {
  init(packed object: PackedObject) throws {
    overview = try object.string("overview")
    minimumEvidence = try object.int("minimumEvidence")
    dominance = try object.double("dominance")
    titleWeight = try object.int("titleWeight")
    projects = try object.objects("projects")
  }
}

extension Project: PackedData {
  init(packed object: PackedObject) throws {
    key = try object.string("key")
    name = try object.object("name")
    short = try object.object("short")
    summary = try object.object("summary")
    terms = try object.read("terms") { try $0.asDictionary { try $0.asInt() } }
  }
}

extension LocalizedName: PackedData {
  init(packed object: PackedObject) throws {
    zh = try object.string("zh")
    en = try object.string("en")
  }
}
