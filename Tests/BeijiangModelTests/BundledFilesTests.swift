import Foundation
import Testing

@testable import BeijiangModel

@Suite struct BundledFilesTests {
  @Test func embeddedSeedEqualsTheRepositoryCopyByteForByte() throws {
    let onDisk = try Data(contentsOf: URL(fileURLWithPath: TestFiles.seedPath))
    #expect(BundledFiles.seed == onDisk)
    #expect(onDisk.count == 19591)
  }

  @Test func everyDataFileIsEmbedded() throws {
    let directory = TestFiles.repositoryRoot.appending(path: "Sources/BeijiangModel/Data").path
    let names = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }
    for name in names {
      let onDisk = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name)"))
      #expect(BundledFiles.bytes(named: "data/\(name)") == onDisk, "data/\(name)")
    }
  }
}
