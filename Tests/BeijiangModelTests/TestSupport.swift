import Foundation

@testable import BeijiangModel

/// Paths and loaders shared by the model tests. Files are found from this source file's location,
/// so tests read the repository's own `seeds/` and fixtures, not copies.
enum TestFiles {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var seedPath: String { repositoryRoot.appending(path: BundledFiles.seedName).path }

  static func fixturePath(_ name: String) -> String {
    repositoryRoot.appending(path: "Tests/BeijiangModelTests/Fixtures/\(name)").path
  }

  static func bytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  static func document(_ path: String, referenceDate: String? = nil) throws -> Document {
    DocumentBuilder().build(try TextDecoder.decode(bytes(path), name: path), referenceDate: referenceDate)
  }

  static func document(text: String) throws -> Document {
    DocumentBuilder().build(try TextDecoder.decode(Array(text.utf8), name: "test"))
  }

  static var seed: Document {
    get throws { try document(seedPath) }
  }
}
