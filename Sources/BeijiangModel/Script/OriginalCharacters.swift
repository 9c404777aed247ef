/// Puts an article's own characters back into a document built from its simplified form
/// (`TraditionalScript`), so that display and exports show the text as written.
///
/// Paragraphs, headings and surfaces are sliced from the original at the same offsets, which is
/// exact. Other strings the extractors made (sentences, subjects, names, quotes) are found in their
/// paragraph's simplified text and sliced from the original there. Only a string not found so
/// (a name put together from parts) is mapped back character by character with the table this very
/// article gives: each simplified character becomes the original it most often stood for. Why not
/// the table for all: 里 stands for both 裏 and 里 (公里), so a table alone gets some wrong.
/// Units and other lexicon words are the model's vocabulary, not the article's, and stay as they are.
struct OriginalCharacters {
  let original: SourceText
  let converted: SourceText
  private let table: [Unicode.Scalar: Unicode.Scalar]

  init(original: SourceText, converted: SourceText) {
    self.original = original
    self.converted = converted
    var counts: [Unicode.Scalar: [Unicode.Scalar: Int]] = [:]
    for (from, to) in zip(original.scalars, converted.scalars) where from != to {
      counts[to, default: [:]][from, default: 0] += 1
    }
    // A simplified character also written as itself (a mixed text) counts as itself too.
    for scalar in original.scalars where counts[scalar] != nil { counts[scalar]![scalar, default: 0] += 1 }
    table = counts.mapValues { origins in
      origins.max { ($0.value, $1.key.value) < ($1.value, $0.key.value) }!.key
    }
  }

  func restore(_ document: inout Document) {
    var paragraphs = Paragraphs()
    for paragraph in document.paragraphs { paragraphs.converted[paragraph.id] = paragraph.scalars }
    document.source = original
    for sectionIndex in document.sections.indices {
      let section = document.sections[sectionIndex]
      document.sections[sectionIndex].title = heading(section.title, at: section.start)
      document.sections[sectionIndex].paragraphs = section.paragraphs.map { paragraph in
        var restored = Paragraph(
          id: paragraph.id, pieces: paragraph.pieces, of: original.scalars, kind: paragraph.kind)
        restored.project = paragraph.project
        restored.duplicateOf = paragraph.duplicateOf
        return restored
      }
    }
    for paragraph in document.paragraphs { paragraphs.original[paragraph.id] = paragraph.scalars }
    document.title = DocumentBuilder.title(of: document.sections, source: original)
    restore(&document.analysis, paragraphs)
  }

  /// Each paragraph's scalars before and after its characters were restored.
  private struct Paragraphs {
    var converted: [String: [Unicode.Scalar]] = [:]
    var original: [String: [Unicode.Scalar]] = [:]
  }

  private func restore(_ analysis: inout DocumentAnalysis, _ paragraphs: Paragraphs) {
    func text(_ text: String, in paragraph: String) -> String { find(text, paragraph, paragraphs) }
    for index in analysis.metrics.indices {
      let paragraph = analysis.metrics[index].paragraph
      analysis.metrics[index].sentence = text(analysis.metrics[index].sentence, in: paragraph)
      let quantity = analysis.metrics[index].quantity
      analysis.metrics[index].quantity.surface = surface(quantity.surface, quantity.start, quantity.end)
      analysis.metrics[index].quantity.subject = quantity.subject.map { text($0, in: paragraph) }
      analysis.metrics[index].quantity.counted = quantity.counted.map { text($0, in: paragraph) }
    }
    for index in analysis.dates.indices {
      let date = analysis.dates[index].date
      analysis.dates[index].sentence = text(
        analysis.dates[index].sentence, in: analysis.dates[index].paragraph)
      analysis.dates[index].date.surface = surface(date.surface, date.start, date.end)
    }
    for index in analysis.ordinals.indices {
      let ordinal = analysis.ordinals[index]
      analysis.ordinals[index].surface = surface(ordinal.surface, ordinal.start, ordinal.end)
    }
    restore(&analysis.people) { $0.name = text($0.name, in: $1) }
    restore(&analysis.organizations) { $0.name = text($0.name, in: $1) }
    restore(&analysis.places) { $0.name = text($0.name, in: $1) }
    restore(&analysis.initiatives) { $0.name = text($0.name, in: $1) }
    restore(&analysis.quotes) { quote, paragraph in
      quote.text = text(quote.text, in: paragraph)
      if var speaker = quote.speaker {
        speaker.name = text(speaker.name, in: speaker.mention.paragraph)
        speaker.mention.surface = surface(speaker.mention.surface, speaker.mention.start, speaker.mention.end)
        quote.speaker = speaker
      }
    }
  }

  /// Restores each record's details, given the paragraph of its first mention, and its mentions.
  private func restore<Details>(
    _ records: inout [EntityRecord<Details>], details: (inout Details, String) -> Void
  ) {
    for index in records.indices {
      details(&records[index].details, records[index].mentions.first?.paragraph ?? "")
      for mention in records[index].mentions.indices {
        let place = records[index].mentions[mention]
        records[index].mentions[mention].surface = surface(place.surface, place.start, place.end)
      }
    }
  }

  /// A surface sliced from the original at its span; a surface repaired across a break (its span
  /// longer than its text) is mapped instead.
  private func surface(_ surface: String, _ start: Int, _ end: Int) -> String {
    guard end - start == surface.unicodeScalars.count, end <= original.scalars.count else {
      return map(surface)
    }
    return original.slice(start, end)
  }

  /// `text` found in the simplified paragraph, sliced from the original paragraph at that place.
  private func find(_ text: String, _ paragraph: String, _ paragraphs: Paragraphs) -> String {
    let wanted = Array(text.unicodeScalars)
    guard !wanted.isEmpty, let converted = paragraphs.converted[paragraph],
      let restored = paragraphs.original[paragraph], converted.count == restored.count,
      wanted.count <= converted.count
    else { return map(text) }
    for start in 0...(converted.count - wanted.count)
    where converted[start] == wanted[0] && converted[start..<start + wanted.count].elementsEqual(wanted) {
      return String(scalars: restored[start..<start + wanted.count])
    }
    return map(text)
  }

  /// A heading's own characters: its simplified title found on its line in the converted text,
  /// sliced from the original at the same place.
  private func heading(_ title: String, at start: Int) -> String {
    let wanted = Array(title.unicodeScalars)
    guard !wanted.isEmpty else { return title }
    var offset = start
    while offset + wanted.count <= converted.scalars.count,
      converted.scalars[offset] != "\n" || offset == start
    {
      if converted.scalars[offset..<offset + wanted.count].elementsEqual(wanted) {
        return original.slice(offset, offset + wanted.count)
      }
      offset += 1
    }
    return map(title)
  }

  func map(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { scalars.append(table[scalar] ?? scalar) }
    return String(scalars)
  }
}
