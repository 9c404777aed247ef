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
    pipeline.batchSize = 4
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
