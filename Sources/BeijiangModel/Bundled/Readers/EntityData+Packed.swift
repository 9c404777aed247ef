/// The entity data files (the shapes in `LexiconFiles`) read from their packed form field by
/// field; see `PackedData` for why not Codable.
extension LexiconFiles.Surnames: PackedData {
  init(packed object: PackedObject) throws {
    single = try object.strings("single")
    double = try object.strings("double")
  }
}

extension LexiconFiles.Titles: PackedData {
  init(packed object: PackedObject) throws {
    roles = try object.strings("roles")
    honors = try object.strings("honors")
    bodyPrefixes = try object.strings("bodyPrefixes")
    afterName = try object.strings("afterName")
  }
}

extension LexiconFiles.SpeechVerbs: PackedData {
  init(packed object: PackedObject) throws {
    verbs = try object.strings("verbs")
    adverbs = try object.strings("adverbs")
  }
}

extension LexiconFiles.PersonCues: PackedData {
  init(packed object: PackedObject) throws {
    after = try object.strings("after")
    strongAfter = try object.strings("strongAfter")
    enclosures = try object.objects("enclosures")
    counters = try object.strings("counters")
    groups = try object.strings("groups")
    companions = try object.strings("companions")
    creditsBefore = try object.strings("creditsBefore")
    creditsAfter = try object.strings("creditsAfter")
    visitReports = try object.object("visitReports")
  }
}

extension LexiconFiles.VisitReports: PackedData {
  init(packed object: PackedObject) throws {
    openers = try object.strings("openers")
    verbs = try object.strings("verbs")
    closers = try object.strings("closers")
    maxGap = try object.int("maxGap")
  }
}

extension LexiconFiles.PersonCues.Enclosure: PackedData {
  init(packed object: PackedObject) throws {
    before = try object.string("before")
    after = try object.string("after")
  }
}

extension LexiconFiles.BoundaryWords: PackedData {
  init(packed object: PackedObject) throws {
    words = try object.strings("words")
    nameOpeners = try object.strings("nameOpeners")
  }
}

extension LexiconFiles.NameStopwords: PackedData {
  init(packed object: PackedObject) throws {
    words = try object.strings("words")
    nonNameCharacters = try object.string("nonNameCharacters")
  }
}

extension LexiconFiles.Organizations: PackedData {
  init(packed object: PackedObject) throws {
    suffixes = try object.strings("suffixes")
    anchoredSuffixes = try object.strings("anchoredSuffixes")
    knownBodies = try object.objects("knownBodies")
    qualifiers = try object.strings("qualifiers")
    genericBodies = try object.strings("genericBodies")
    bodyNeverStartsWith = try object.strings("bodyNeverStartsWith")
    suffixNotBefore = try object.read("suffixNotBefore") {
      try $0.asDictionary { try $0.asArray { try $0.asString() } }
    }
    levelBodies = try object.object("levelBodies")
    clauseOpeners = try object.strings("clauseOpeners")
  }
}

extension LexiconFiles.LevelBodies: PackedData {
  init(packed object: PackedObject) throws {
    levels = try object.strings("levels")
    suffixEndings = try object.strings("suffixEndings")
    notAfter = try object.strings("notAfter")
  }
}

extension LexiconFiles.Organizations.KnownBody: PackedData {
  init(packed object: PackedObject) throws {
    name = try object.string("name")
    aliases = try object.strings("aliases")
  }
}

extension LexiconFiles.Festivals: PackedData {
  init(packed object: PackedObject) throws {
    festivals = try object.objects("festivals")
  }
}

extension LexiconFiles.Festivals.Festival: PackedData {
  init(packed object: PackedObject) throws {
    word = try object.string("word")
  }
}

extension LexiconFiles.Gazetteer: PackedData {
  /// The bundled gazetteer, read once: the metrics lexicon (place names in labels) and the entity
  /// lexicon both need it, and it is the largest data file.
  static let bundled = BundledFiles.readData(LexiconFiles.Gazetteer.self, named: "gazetteer.json")

  init(packed object: PackedObject) throws {
    places = try object.objects("places")
    suffixRules = try object.objects("suffixRules")
    genericBodies = try object.strings("genericBodies")
    bodyNeverStartsWith = try object.strings("bodyNeverStartsWith")
    bodyNeverContains = try object.strings("bodyNeverContains")
    bodyLeadingResidue = try object.strings("bodyLeadingResidue")
    portKinds = try object.strings("portKinds")
  }
}

extension LexiconFiles.Gazetteer.Entry: PackedData {
  init(packed object: PackedObject) throws {
    name = try object.string("name")
    kind = try object.name("kind")
    aliases = try object.optionalStrings("aliases")
    notBefore = try object.optionalStrings("notBefore")
    within = try object.optionalString("within")
  }
}

extension LexiconFiles.Gazetteer.SuffixRule: PackedData {
  init(packed object: PackedObject) throws {
    suffix = try object.string("suffix")
    kind = try object.name("kind")
    minBody = try object.int("minBody")
    maxBody = try object.int("maxBody")
    notBefore = try object.strings("notBefore")
    notAfter = try object.strings("notAfter")
  }
}

extension LexiconFiles.InitiativeCues: PackedData {
  init(packed object: PackedObject) throws {
    heads = try object.strings("heads")
    programmeNouns = try object.strings("programmeNouns")
    launchVerbs = try object.strings("launchVerbs")
    maxLength = try object.int("maxLength")
    minLength = try object.int("minLength")
    nearbyNouns = try object.strings("nearbyNouns")
    nearbyDistance = try object.int("nearbyDistance")
    unquoted = try object.object("unquoted")
  }
}

extension LexiconFiles.UnquotedCues: PackedData {
  init(packed object: PackedObject) throws {
    heads = try object.strings("heads")
    verbComplements = try object.strings("verbComplements")
    leadingQualifiers = try object.strings("leadingQualifiers")
    genericBodies = try object.strings("genericBodies")
    followers = try object.strings("followers")
    minBody = try object.int("minBody")
  }
}
