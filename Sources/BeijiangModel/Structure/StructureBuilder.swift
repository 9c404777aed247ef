/// Builds sections and repaired paragraphs from source text, and records what it repaired.
struct StructureBuilder {
  private struct RawSection {
    var level: Int
    var title: String
    var start: Int
    var blocks: [SourceBlock] = []
  }

  let source: SourceText

  /// The sections and their paragraphs, and what was repaired.
  func build() -> (sections: [Section], notes: [StructureNote]) {
    var notes: [StructureNote] = []
    var paragraphCount = 0
    var sections: [Section] = []
    var ancestors = AncestorStack()
    for (number, raw) in rawSections().enumerated() {
      var paragraphs: [Paragraph] = []
      for draft in ParagraphRepair.repair(raw.blocks, in: source.scalars) {
        paragraphCount += 1
        let id = "p\(paragraphCount)"
        addNotes(forParagraph: id, kind: draft.kind, pieces: draft.pieces, to: &notes)
        paragraphs.append(Paragraph(id: id, pieces: draft.pieces, of: source.scalars, kind: draft.kind))
      }
      let id = "s\(number + 1)"
      sections.append(
        Section(
          id: id, level: raw.level, title: raw.title, parent: ancestors.parent(ofLevel: raw.level),
          project: "", start: raw.start, paragraphs: paragraphs))
      ancestors.push(id: id, level: raw.level)
    }
    notes += markDuplicates(in: &sections)
    return (sections, notes)
  }

  /// Groups blocks under headings; text before the first heading gets an untitled level-0 section.
  private func rawSections() -> [RawSection] {
    var sections: [RawSection] = []
    for block in BlockScanner.scan(source.scalars) {
      switch block.kind {
      case .heading(let level, let title):
        sections.append(RawSection(level: level, title: title, start: block.start))
      case .text:
        if sections.isEmpty { sections.append(RawSection(level: 0, title: "", start: block.start)) }
        sections[sections.count - 1].blocks.append(block)
      }
    }
    return sections
  }

  /// The notes on a paragraph, from its parts rather than a `Paragraph` value: every copy of a
  /// paragraph retains each of its fields.
  private func addNotes(
    forParagraph id: String, kind: ParagraphKind, pieces: [SourceSpan], to notes: inout [StructureNote]
  ) {
    if kind == .banner || kind == .credit {
      notes.append(
        StructureNote(
          kind: .layoutLine, paragraph: id, detail: "\(kind.rawValue) line kept apart from body copy"))
    }
    for (left, right) in zip(pieces, pieces.dropFirst()) {
      let before = source.slice(max(left.start, left.end - 6), left.end)
      let after = source.slice(right.start, min(right.end, right.start + 6))
      notes.append(
        StructureNote(
          kind: .joinedParagraphs, paragraph: id,
          detail: String(concatenating: [
            "joined a block broken mid-sentence at offset ", String(left.end), ": …", before, " | ", after,
            "…",
          ])))
    }
  }

  private func markDuplicates(in sections: inout [Section]) -> [StructureNote] {
    var locations: [(section: Int, paragraph: Int)] = []
    var inputs: [(scalars: [Unicode.Scalar], sentences: [SourceSpan])] = []
    for (sectionIndex, section) in sections.enumerated() {
      // By index: iterating the paragraphs would copy each one (a retain per field).
      for paragraphIndex in section.paragraphs.indices {
        guard section.paragraphs[paragraphIndex].kind == .body else { continue }
        locations.append((sectionIndex, paragraphIndex))
        inputs.append(
          (section.paragraphs[paragraphIndex].scalars, section.paragraphs[paragraphIndex].sentences))
      }
    }
    var notes: [StructureNote] = []
    for finding in DuplicateDetector.find(inputs) {
      let original = locations[finding.original]
      let originalID = sections[original.section].paragraphs[original.paragraph].id
      let place = locations[finding.repeated]
      sections[place.section].paragraphs[place.paragraph].kind = .duplicate
      sections[place.section].paragraphs[place.paragraph].duplicateOf = originalID
      let percent = Int((finding.overlap * 100).rounded(.down))
      notes.append(
        StructureNote(
          kind: .duplicateParagraph, paragraph: sections[place.section].paragraphs[place.paragraph].id,
          detail: String(concatenating: [
            "repeats ", originalID, " (", String(percent),
            "% of its text recurs there); kept once, not extracted twice",
          ])))
    }
    return notes
  }
}
