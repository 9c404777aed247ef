/// One article, structured and classified. Offsets count Unicode scalars of `SourceText`.
public struct Document: Sendable {
  public var source: SourceText
  public var title: String
  /// The date the article speaks from and how it was found; `date` is nil when nothing in the
  /// text fixes a year.
  public var reference: ReferenceFinding
  /// The date the article speaks from (`YYYY-MM-DD`), inferred or given.
  public var referenceDate: String? { reference.date?.iso }
  public var sections: [Section]
  public var notes: [StructureNote]
  /// Figures, dates, ordinals and named things found in the body paragraphs.
  public var analysis: DocumentAnalysis

  /// Every paragraph in text order.
  public var paragraphs: [Paragraph] { sections.flatMap(\.paragraphs) }

  public func paragraph(_ id: String) -> Paragraph? {
    for section in sections {
      if let found = section.paragraphs.first(where: { $0.id == id }) { return found }
    }
    return nil
  }

  /// The document without what only building it needed (each paragraph's scalars, `Paragraph.compact`):
  /// the same value, in about half the memory of its text. The pipeline hands on documents so.
  public func compacted() -> Document {
    var document = self
    Self.compact(&document.sections)
    return document
  }

  /// Every paragraph of `sections` compacted (`Paragraph.compact`).
  static func compact(_ sections: inout [Section]) {
    for section in sections.indices {
      for paragraph in sections[section].paragraphs.indices {
        sections[section].paragraphs[paragraph].compact()
      }
    }
  }
}
