import Foundation
import Testing

@Suite struct ExportCommandTests {
  static let seedPath = BinaryRunner.repositoryRoot.appending(path: "seeds/000_dcb31c8fa19abac6.txt").path

  func exportedDocuments(_ result: BinaryRunner.Result) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
    return try #require(object?["documents"] as? [[String: Any]])
  }

  @Test func exportWithNoFileUsesTheBundledSeedFromAnyDirectory() throws {
    let result = try BinaryRunner.run(["export"], directory: "/")
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let projects = try #require(object["projects"] as? [[String: Any]])
    #expect(projects.compactMap { $0["key"] as? String }.contains("rare-earth"))
    let documents = try exportedDocuments(result)
    #expect(documents.first?["title"] as? String == "实干实干 在中国式现代化建设中闯出新路")
    #expect((documents.first?["sections"] as? [Any])?.count == 9)
  }

  @Test func exportTakesSeveralFilesAndStandardInput() throws {
    let seed = try Data(contentsOf: URL(fileURLWithPath: Self.seedPath))
    let result = try BinaryRunner.run(["export", "--format", "json", Self.seedPath, "-"], stdin: seed)
    #expect(result.status == 0)
    let documents = try exportedDocuments(result)
    #expect(documents.compactMap { $0["source"] as? String } == [Self.seedPath, "-"])
  }

  @Test func theBinaryStillWorksAfterBeingCopiedElsewhere() throws {
    let directory = FileManager.default.temporaryDirectory.appending(
      path: "beijiang-copy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let copy = directory.appending(path: "beijiang").path
    try BinaryRunner.copyBinary(to: copy)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: copy)
    process.arguments = ["export"]
    process.currentDirectoryURL = directory
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self).contains("两个稀土基地"))
  }

  struct BadInput: Sendable, CustomTestStringConvertible {
    let label: String
    let bytes: [UInt8]?
    let status: Int32
    let message: String
    var testDescription: String { label }
  }

  @Test(arguments: [
    BadInput(label: "empty", bytes: [], status: 68, message: "the file is empty or holds only blank space"),
    BadInput(
      label: "blank", bytes: Array("  \n\n".utf8), status: 68,
      message: "the file is empty or holds only blank space"),
    BadInput(
      label: "binary", bytes: [0x41, 0x42, 0x00, 0x43], status: 67,
      message: "binary data (NUL byte) at byte offset 2"),
    BadInput(
      label: "undecodable", bytes: Array("口岸".utf8) + [0xFF, 0xFE, 0xFF], status: 65,
      message: "not valid UTF-8 or GB18030 text at byte offset 6"),
    BadInput(label: "missing", bytes: nil, status: 66, message: "cannot read: no such file or directory"),
  ])
  func badInputGetsOneLineAndItsExitCode(_ example: BadInput) throws {
    let path: String
    if let bytes = example.bytes {
      path = try BinaryRunner.temporaryFile(bytes)
    } else {
      path = "/nonexistent/beijiang/article.txt"
    }
    let result = try BinaryRunner.run(["export", path])
    #expect(result.status == example.status)
    #expect(result.stderr.hasPrefix("beijiang: \(path): \(example.message)"))
    #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    #expect(result.stdout.isEmpty)
  }

  @Test func versionAndHelpWork() throws {
    let version = try BinaryRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(
      version.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    let help = try BinaryRunner.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdoutText.contains("export"))
  }

  @Test(arguments: ["2024-02-30", "2024-1-18", "yesterday"])
  func aBadReferenceDateIsAUsageError(_ date: String) throws {
    let result = try BinaryRunner.run(["export", "--reference-date", date])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--reference-date must be a real date as YYYY-MM-DD"))
  }

  @Test func theReferenceDateCanBeGiven() throws {
    let result = try BinaryRunner.run(["export", "--reference-date", "2025-03-01"])
    #expect(try exportedDocuments(result).first?["referenceDate"] as? String == "2025-03-01")
  }
}
