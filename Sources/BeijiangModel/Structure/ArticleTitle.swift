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
    /// A clause opening or closing so introduces the story (据介绍, 记者…获悉, 最新数据显示): no title.
    let leadInStarts: [String]
    let leadInEnds: [String]
    /// Shorter clauses open a lead without naming its story: 近日, 截至目前, 1-2月.
    let shortestClause: Int
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
      && !lexicon.sentenceEnds.contains(where: line.hasSuffix) && !isFrame(line) && sourceLength(line) == 0
  }

  /// How many Characters of source words (中工网讯, 本报讯（记者…）, …6月16日电) open the line: a line
  /// that opens so is the story's lead, never its headline.
  private func sourceLength(_ line: String) -> Int {
    SourcePrefix.length(of: line) { isFrame($0) }
  }

  /// A line around the story rather than of it: a byline or credit, a dateline or source line, a
  /// picture note. Byline and credit words count only in a short line (记者从…获悉 opens many a
  /// story).
  func isFrame(_ line: String) -> Bool {
    let short = line.unicodeScalars.count <= lexicon.longestTitle
    return short && lexicon.bylineStarts.contains(where: line.hasPrefix)
      || short && lexicon.bylineEnds.contains(where: line.hasSuffix)
      || short && lexicon.creditWords.contains(where: line.contains) || isPictureNote(line)
      || datelines.publicationDate([line.scalars]) != nil || isOnlySource(line)
  }

  /// 新华社呼和浩特6月16日电 or 本报讯（记者 李强） on a line of its own.
  private func isOnlySource(_ line: String) -> Bool {
    let length = sourceLength(line)
    return length > 0 && length == line.count
  }

  /// For an article with no headline line: the first sentence of its first paragraph, once the
  /// frame lines the structure joined to it and the source words of its lead are dropped; a
  /// sentence longer than `longestTitle` gives its first clause that is not a lead-in (`leadIn`).
  func opening(of paragraph: String) -> String {
    // The frame lines and the first sentence lie in the paragraph's first few hundred characters.
    let lines = paragraph.prefix(Self.lineLimit * lexicon.linesRead).split(separator: "\n").map {
      withoutLeadingCredit(String($0).trimmingCharacters(in: .whitespaces))
    }
    let story = lines.drop { $0.isEmpty || isFrame($0) }.joined()
    let text = story.isEmpty ? lines.joined() : story
    // The first sentence as the structure splits them (closing marks stay with it: 。”).
    let scalars = Array(text.unicodeScalars)
    let first =
      SentenceSplitter.split(scalars).first.map { String(scalars: scalars[$0.start..<$0.end]) } ?? text
    if first.count <= lexicon.longestTitle { return first }
    return String(clause(of: first).prefix(lexicon.longestTitle))
  }

  /// The sentence's first clause that names its story, else the sentence: not a lead-in
  /// (`leadInStarts`, `leadInEnds`, shorter than `shortestClause`) nor a date alone (2023年3月12日,
  /// 2021年1月至10月).
  private func clause(of sentence: String) -> String {
    let clauses = SentenceClauses.clauses(sentence).map(\.text)
    return clauses.first { clause in
      clause.count >= lexicon.shortestClause && !clause.allSatisfy(Self.dateCharacters.contains)
        && !lexicon.leadInStarts.contains(where: clause.hasPrefix)
        && !lexicon.leadInEnds.contains(where: clause.hasSuffix)
    } ?? sentence
  }

  /// What a date is made of, in digits or Han numerals (今年1月—11月, 二〇二三年上半年).
  private static let dateCharacters = Set(
    "0123456789０１２３４５６７８９〇零一二三四五六七八九十年度月日号至到-—－~～初底末中上下旬半季今去本前")

  /// The text without the source words it opens with, （记者 周蕾）新年伊始… → 新年伊始…, 中工网讯
  /// 近日… → 近日…: the structure joins a short credit line to the paragraph after it.
  private func withoutLeadingCredit(_ text: String) -> String {
    String(text.dropFirst(sourceLength(text)))
  }

  /// (资料图), （相关资料图）, 图片: a note where the page had a picture.
  private func isPictureNote(_ line: String) -> Bool {
    let inner = line.trimmingCharacters(in: .init(charactersIn: "()（）[]【】"))
    return lexicon.pictureNotes.contains(inner)
  }
}
