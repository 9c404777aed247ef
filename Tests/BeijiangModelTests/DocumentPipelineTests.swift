import Foundation
import Testing

@testable import BeijiangModel

/// Building on every core must give the documents one by one would, in input order, with each
/// unreadable input reported in its place.
@Suite struct DocumentPipelineTests {
  func articles(_ count: Int) throws -> [InputReader.Input] {
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "beijiang-pipeline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return try (0..<count).map { index in
      let path = folder.appending(path: "a\(index).txt").path
      let text = index == 5 ? "A\u{0}B" : "# 第\(index)篇\n\n\(2000 + index)年口岸货运量达到\(index + 1)万吨。\n"
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      return .file(path)
    }
  }

  @Test func documentsComeInInputOrderWithFailuresInPlace() throws {
    let inputs = try articles(23)
    var pipeline = DocumentPipeline()
    pipeline.window = 4
    var seen: [String] = []
    pipeline.run(inputs) { input, result in
      switch result {
      case .success(let document):
        #expect(document.source.name == input.displayName)
        let sequential = DocumentBuilder().build(try! InputReader.load(input))
        #expect(document.analysis.metrics == sequential.analysis.metrics)
        #expect(document.referenceDate == sequential.referenceDate)
        seen.append(document.title)
      case .failure(let error):
        #expect(error.exitCode == 67)
        seen.append("failed")
      }
    }
    #expect(seen == (0..<23).map { $0 == 5 ? "failed" : "第\($0)篇" })
  }

  @Test func standardInputCanBeStoodInFor() throws {
    let text = try TextDecoder.decode(Array("# 标准输入\n\n今年完成造林3万亩。\n".utf8), name: "-")
    var titles: [String] = []
    DocumentPipeline().run([.standardInput], reusing: text) { _, result in
      titles.append((try? result.get())?.title ?? "failed")
    }
    #expect(titles == ["标准输入"])
  }
}

extension DocumentPipelineTests {
  /// A missing file among good ones is reported in its place, and the others are built as ever,
  /// a long article first or not.
  @Test func oneMissingFileAmongGoodOnes() throws {
    var inputs = try articles(9)
    inputs.remove(at: 5)
    let long = String(repeating: "今年全区口岸货运量达到1.2亿吨，同比增长8.5%。\n", count: 400)
    let folder = FileManager.default.temporaryDirectory.appending(path: "beijiang-long-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let longPath = folder.appending(path: "long.txt").path
    try Data("# 长文\n\n\(long)".utf8).write(to: URL(fileURLWithPath: longPath))
    inputs.insert(.file(longPath), at: 0)
    inputs.insert(.file(folder.appending(path: "missing.txt").path), at: 4)
    for window in [1, 2, 8] {
      var pipeline = DocumentPipeline()
      pipeline.window = window
      var seen: [String] = []
      pipeline.run(inputs) { input, result in
        switch result {
        case .success(let document): seen.append(document.title)
        case .failure(let error):
          #expect(error.message.contains("missing.txt"))
          seen.append("failed")
        }
      }
      #expect(seen == ["长文", "第0篇", "第1篇", "第2篇", "failed", "第3篇", "第4篇", "第6篇", "第7篇", "第8篇"])
    }
  }
}
