import Foundation

/// The title of an article that has no heading: its first short line that is not a dateline, a
/// byline, a source line or a picture note, as news pages copied to text begin (headline, then
/// 发布时间：… 来源：…, or the other way round). Without such a line, the first sentence.
struct ArticleTitle {
  struct Lexicon: Decodable, Sendable {
    let bylineStarts: [String]
    let bylineEnds: [String]
    /// A line naming a reporter, an editor or a source anywhere is a credit, not a headline.
    let creditWords: [String]
    /// 原标题：X names X.
    let titleLabels: [String]
    let pictureNotes: [String]
    /// A line ending so is a sentence or a label, not a headline.
    let sentenceEnds: [String]
    let shortestTitle: Int
    let longestTitle: Int
    let linesRead: Int

    static let shared = BundledFiles.readData(Lexicon.self, named: "title-lines.json")
  }

  let lexicon = Lexicon.shared
  private let datelines = DatelineReader()

  /// The first line of the source's opening lines that reads as a headline. Only the opening is
  /// read: the search ends at the first line of the story, and a line too long for a dateline or a
  /// headline is story (`lineLimit`), so a one-line article costs no more than its first lines.
  func headline(in source: [Unicode.Scalar]) -> String? {
    var index = 0
    var linesSeen = 0
    while index < source.count, linesSeen < lexicon.linesRead {
      let window = index..<min(source.count, index + Self.lineLimit + 1)
      guard
        let lineEnd = source[window].firstIndex(where: { $0 == "\n" || $0 == "\r" })
          ?? lastLineEnd(window, source)
      else { return nil }
      defer { index = lineEnd + 1 }
      let line = unlabelled(
        String(scalars: source[index..<lineEnd]).trimmingCharacters(in: .whitespaces))
      if line.isEmpty { continue }
      linesSeen += 1
      // A headline stands before the story: the first line that reads as body text ends the search.
      if isHeadline(line) { return line }
      if !isFrame(line) { return nil }
    }
    return nil
  }

  /// The end of a window that reaches the end of the text: its last line; nil for a window cut
  /// short of a line end, which is a line too long to be anything but story.
  private func lastLineEnd(_ window: Range<Int>, _ source: [Unicode.Scalar]) -> Int? {
    window.upperBound == source.count ? source.count : nil
  }

  /// Longer than any dateline (`datelines.json` reads at most 90 characters) or headline.
  static let lineLimit = 120

  /// 原标题：X → X.
  private func unlabelled(_ line: String) -> String {
    for label in lexicon.titleLabels where line.hasPrefix(label) {
      let rest = line.dropFirst(label.count).drop { ":：".contains($0) || $0 == " " }
      if !rest.isEmpty { return String(rest) }
    }
    return line
  }

  private func isHeadline(_ line: String) -> Bool {
    let length = line.unicodeScalars.count
    let letters = line.unicodeScalars.filter { $0.properties.isAlphabetic }.count
    return (lexicon.shortestTitle...lexicon.longestTitle).contains(length) && letters >= lexicon.shortestTitle
      && !lexicon.sentenceEnds.contains(where: line.hasSuffix) && !isFrame(line)
  }

  /// A line around the story rather than of it: a byline or credit, a dateline or source line, a
  /// picture note. Byline and credit words count only in a short line (记者从…获悉 opens many a
  /// story).
  func isFrame(_ line: String) -> Bool {
    let short = line.unicodeScalars.count <= lexicon.longestTitle
    return short && lexicon.bylineStarts.contains(where: line.hasPrefix)
      || short && lexicon.bylineEnds.contains(where: line.hasSuffix)
      || short && lexicon.creditWords.contains(where: line.contains) || isPictureNote(line)
      || datelines.publicationDate([line.scalarValues]) != nil
  }

  /// For an article with no headline line: the first sentence of its first paragraph, once the
  /// frame lines the structure joined to it are dropped, at most `longestTitle` characters.
  func opening(of paragraph: String) -> String {
    // The frame lines and the first sentence lie in the paragraph's first few hundred characters.
    let lines = paragraph.prefix(Self.lineLimit * lexicon.linesRead).split(separator: "\n").map {
      withoutLeadingCredit(String($0).trimmingCharacters(in: .whitespaces))
    }
    let story = lines.drop { $0.isEmpty || isFrame($0) }.joined()
    let text = story.isEmpty ? lines.joined() : story
    // The first sentence as the structure splits them (closing marks stay with it: 。”).
    let scalars = Array(text.unicodeScalars)
    let first = SentenceSplitter.split(scalars).first.map { String(scalars: scalars[$0.start..<$0.end]) }
    return String((first ?? text).prefix(lexicon.longestTitle))
  }

  /// The text without a bracketed credit it opens with, （记者 周蕾）新年伊始… → 新年伊始…: the
  /// structure joins such a short line to the paragraph after it.
  private func withoutLeadingCredit(_ text: String) -> String {
    guard let first = text.first, "(（".contains(first),
      let close = text.prefix(lexicon.longestTitle).firstIndex(where: { ")）".contains($0) })
    else { return text }
    let credit = String(text[text.index(after: text.startIndex)..<close])
    return isFrame(credit) ? String(text[text.index(after: close)...]) : text
  }

  /// (资料图), （相关资料图）, 图片: a note where the page had a picture.
  private func isPictureNote(_ line: String) -> Bool {
    let inner = line.trimmingCharacters(in: .init(charactersIn: "()（）[]【】"))
    return lexicon.pictureNotes.contains(inner)
  }
}
