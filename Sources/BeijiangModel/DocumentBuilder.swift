/// The pipeline from source text to a classified document.
public struct DocumentBuilder: Sendable {
  public var classifier: ProjectClassifier

  public init(classifier: ProjectClassifier = ProjectClassifier()) {
    self.classifier = classifier
  }

  /// - Parameter referenceDate: `YYYY-MM-DD` to use instead of the date inferred from the text.
  public func build(_ source: SourceText, referenceDate: String? = nil) -> Document {
    var (sections, notes) = StructureBuilder(source: source).build()
    DocumentClassifier(classifier: classifier).classify(&sections)
    return Document(
      source: source, title: Self.title(of: sections), referenceDate: referenceDate, sections: sections,
      notes: notes)
  }

  /// The first heading, or for an article without headings the start of its first paragraph.
  static func title(of sections: [Section]) -> String {
    if let heading = sections.first(where: { !$0.title.isEmpty }) { return heading.title }
    guard let first = sections.first?.paragraphs.first(where: { $0.kind == .body }) else { return "" }
    let firstSentence = first.sentences.first.map {
      String(String.UnicodeScalarView(Array(first.text.unicodeScalars)[$0.start..<$0.end]))
    }
    return String((firstSentence ?? first.text).prefix(40))
  }
}
