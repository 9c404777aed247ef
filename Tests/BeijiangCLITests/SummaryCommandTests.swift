import BeijiangModel
import BeijiangTestSupport
import BeijiangUI
import Foundation
import Testing

/// `beijiang summary` run as a user would: golden briefs of the seed, the screen budget, errors,
/// marks and a closed pipe.
@Suite struct SummaryCommandTests {
  static let seedPath = BinaryRunner.repositoryRoot.appending(path: "seeds/000_dcb31c8fa19abac6.txt").path
  static let golden = GoldenFiles()

  struct GoldenCase: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let golden: String
    var testDescription: String { golden }
  }

  @Test(arguments: [
    GoldenCase(arguments: ["summary", "--width", "80"], golden: "summary-seed.txt"),
    GoldenCase(arguments: ["summary", "--format", "markdown"], golden: "summary-seed.md"),
    GoldenCase(arguments: ["summary", "--format", "json"], golden: "summary-seed.json"),
    GoldenCase(arguments: ["summary", "--format", "slides"], golden: "summary-seed.slides.md"),
    GoldenCase(arguments: ["summary", "--project", "warmth"], golden: "summary-warmth.txt"),
    GoldenCase(
      arguments: ["summary", "--project", "ports", "--lang", "en", "--top", "3"],
      golden: "summary-ports-en.txt"),
  ])
  func theSeedsBriefMatchesItsGoldenFile(_ example: GoldenCase) throws {
    let result = try BinaryRunner.run(example.arguments, directory: BinaryRunner.repositoryRoot.path)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    Self.golden.check(result.stdoutText, named: example.golden)
  }

  /// A presenterm deck: a title slide, then one slide per project, each titled and separated.
  @Test func theSlidesAreATitleThenOneSlidePerProject() throws {
    let result = try BinaryRunner.run(["summary", "--format", "slides"])
    let slides = result.stdoutText.components(separatedBy: "\n\n<!-- end_slide -->\n\n")
    #expect(slides.count == 1 + ProjectCatalog.bundled.keys.count)
    #expect(slides.allSatisfy { $0.contains("\n===\n") })
    #expect(slides.contains { $0.contains("供热覆盖  ████░░░░░░░░░░░░░░░░  21%") })
  }

  func lines(_ text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
  }

  @Test func theWholeBriefFitsTwoScreensAndWarmthOne() throws {
    let whole = try BinaryRunner.run(["summary"])
    // Two screens and two lines: the events are whole phrases of up to 24 characters now (issue 14),
    // three per project at most, where clipped clause openings of 12 used to fit 48 lines.
    #expect(lines(whole.stdoutText).count <= 50)
    let warmth = try BinaryRunner.run(["summary", "--project", "warmth"])
    #expect(lines(warmth.stdoutText).count <= 24)
  }

  @Test(arguments: [40, 60, 80, 100, 132])
  func everyLineFitsTheWidth(_ width: Int) throws {
    let result = try BinaryRunner.run(["summary", "--width", "\(width)"])
    #expect(result.status == 0)
    for line in lines(result.stdoutText) {
      #expect(DisplayWidth.of(line) <= width, "\(line)")
    }
    #expect(!result.stdoutText.contains("\u{1B}"), "no colour when piped")
  }

  @Test func piplessOutputIsEightyColumnsWide() throws {
    let piped = try BinaryRunner.run(["summary"])
    let explicit = try BinaryRunner.run(["summary", "--width", "80"])
    #expect(piped.stdoutText == explicit.stdoutText)
  }

  @Test func namedProjectsComeInTheOrderGiven() throws {
    let result = try BinaryRunner.run([
      "summary", "--project", "tech", "--project", "warmth", "--format", "json",
    ])
    let brief = try JSONDecoder().decode(Brief.self, from: result.stdout)
    #expect(brief.documents.first?.projects.map(\.key) == ["tech", "warmth"])
  }

  @Test func anUnknownProjectKeyIsOneLineListingTheValidKeys() throws {
    let result = try BinaryRunner.run(["summary", "--project", "warmth", "--project", "heating"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    let keys = ProjectCatalog.bundled.keys.joined(separator: ", ")
    #expect(result.stderr == "beijiang: unknown project 'heating'; valid keys: \(keys)\n")
  }

  struct BadOption: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let mentions: [String]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  @Test(arguments: [
    BadOption(arguments: ["--format", "pdf"], mentions: ["text", "markdown", "json"]),
    BadOption(arguments: ["--lang", "fr"], mentions: ["zh", "en"]),
    BadOption(arguments: ["--top", "0"], mentions: ["--top must be from 1 to 50"]),
    BadOption(arguments: ["--width", "5"], mentions: ["--width must be at least 20"]),
  ])
  func badOptionsAreUsageErrorsNamingTheValidValues(_ example: BadOption) throws {
    let result = try BinaryRunner.run(["summary"] + example.arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    for word in example.mentions { #expect(result.stderr.contains(word), "\(result.stderr)") }
  }

  // MARK: Marks

  /// A state directory holding marks written through `MarksStore`, for the seed.
  func stateHome(marking keys: (Document) -> [MarkKey]) throws -> String {
    let home = FileManager.default.temporaryDirectory.appending(path: "beijiang-state-\(UUID().uuidString)")
      .path
    let document = DocumentBuilder().build(try InputReader.load(.file(Self.seedPath)))
    var (store, problems) = MarksStore.open(environment: ["XDG_STATE_HOME": home])
    #expect(problems.isEmpty)
    for key in keys(document) { store.mark(key, in: BriefItemKeys.documentHash(document)) }
    if case .failure(let problem) = store.save() { Issue.record("\(problem.message)") }
    return home
  }

  func markedBrief(_ home: String, _ extra: [String] = []) throws -> (BinaryRunner.Result, Brief) {
    let result = try BinaryRunner.run(
      ["summary", "--marked", "--format", "json", Self.seedPath] + extra,
      environment: ["XDG_STATE_HOME": home, "PATH": "/usr/bin:/bin"])
    return (result, try JSONDecoder().decode(Brief.self, from: result.stdout))
  }

  @Test func markedPrintsOnlyTheMarkedFiguresDatesAndQuotes() throws {
    var chosen: (metric: Metric, date: DatedEvent, quote: QuoteEntry)?
    let home = try stateHome { document in
      let analysis = document.analysis
      let metric = analysis.metrics.first { $0.project == "ports" }!
      let date = analysis.dates.first { $0.project == "tech" }!
      let quote = analysis.quotes.first!
      chosen = (metric, date, quote)
      return [BriefItemKeys.metric(metric), BriefItemKeys.date(date), BriefItemKeys.quote(quote)!]
    }
    let (result, brief) = try markedBrief(home)
    #expect(result.status == 0)
    let chosenItems = try #require(chosen)
    let projects = try #require(brief.documents.first?.projects)
    #expect(brief.markedOnly)
    #expect(projects.flatMap(\.figures).map(\.start) == [chosenItems.metric.quantity.start])
    #expect(projects.flatMap(\.events).map(\.start) == [chosenItems.date.date.start])
    #expect(projects.flatMap(\.quotes).map(\.text) == [chosenItems.quote.details.text])
    #expect(projects.flatMap(\.people).isEmpty && projects.flatMap(\.places).isEmpty)
    let keys = Set(projects.map(\.key))
    #expect(
      keys == Set([chosenItems.metric.project, chosenItems.date.project, chosenItems.quote.projects[0]]))

    let text = try BinaryRunner.run(
      ["summary", "--marked", Self.seedPath], environment: ["XDG_STATE_HOME": home, "PATH": "/usr/bin:/bin"])
    #expect(text.stdoutText.contains(chosenItems.metric.quantity.spoken(.zh)))
  }

  @Test func markedSaysSoWhenNothingIsMarked() throws {
    let home = try stateHome { _ in [] }
    let result = try BinaryRunner.run(
      ["summary", "--marked", Self.seedPath], environment: ["XDG_STATE_HOME": home, "PATH": "/usr/bin:/bin"])
    #expect(result.status == 0)
    #expect(result.stdoutText == "没有标记的数字、日期或引语：在仪表盘中按 m 标记。\n")
    let english = try BinaryRunner.run(
      ["summary", "--marked", "--lang", "en", "--format", "markdown", Self.seedPath],
      environment: ["XDG_STATE_HOME": home, "PATH": "/usr/bin:/bin"])
    #expect(english.stdoutText.hasPrefix("Nothing is marked"))
  }

  @Test func marksOfItemsNoLongerInTheTextAreReported() throws {
    let home = try stateHome { _ in [MarkKey(kind: "metric", start: 1, end: 3, surface: "不在")] }
    let (result, brief) = try markedBrief(home)
    #expect(result.status == 0)
    #expect(brief.isEmpty)
    #expect(result.stderr.contains("1 marked item(s) no longer found in the text"))
  }

  @Test func aDamagedMarksFileIsReportedInOneLineAndTheBriefStillPrints() throws {
    let home = try stateHome { _ in [] }
    try Data("{ not json".utf8).write(to: URL(fileURLWithPath: home + "/beijiang/marks.json"))
    let (result, brief) = try markedBrief(home)
    #expect(result.status == 0)
    #expect(brief.isEmpty)
    #expect(result.stderr.hasPrefix("beijiang: marks file was damaged; kept it as"))
    #expect(result.stderr.filter { $0 == "\n" }.count == 1)
  }

  // MARK: Closed pipe

  /// `beijiang summary … | head -c 100`: the reader leaves early; beijiang ends quietly with 0.
  @Test func summaryToAClosedPipeExitsQuietly() throws {
    let files = Array(repeating: Self.seedPath, count: 20)
    #expect(try BinaryRunner.statusWhenReaderLeavesEarly(["summary", "--format", "json"] + files) == "0\n")
  }
}

/// On a real terminal (a pseudo-terminal from util-linux `script`): colour, unless NO_COLOR, and
/// the terminal's width.
@Suite struct SummaryTerminalTests {
  static let script = "/usr/bin/script"

  func onTerminal(_ command: String, columns: Int) throws -> String {
    let result = try BinaryRunner.run(
      ["-qec", "stty cols \(columns) rows 40; \(command)", "/dev/null"],
      environment: ["PATH": "/usr/bin:/bin", "TERM": "xterm"], executable: Self.script)
    #expect(result.status == 0)
    return result.stdoutText.replacingOccurrences(of: "\r\n", with: "\n")
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)))
  func aTerminalGetsColourAndItsOwnWidth() throws {
    let binary = "'\(BinaryRunner.binaryPath)'"
    let coloured = try onTerminal("\(binary) summary --project warmth", columns: 60)
    #expect(coloured.contains("\u{1B}[1m9100万平方米"))
    let plain = try onTerminal("NO_COLOR=1 \(binary) summary --project warmth", columns: 60)
    #expect(!plain.contains("\u{1B}["))
    let piped = try BinaryRunner.run(["summary", "--project", "warmth", "--width", "60"])
    #expect(plain == piped.stdoutText)
  }
}
