import Foundation
import Testing

@testable import BeijiangModel

/// Any JSON value, decoded the same way by both decoders, to compare what they read.
private indirect enum AnyJSON: Decodable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([AnyJSON])
  case object([String: AnyJSON])

  init(from decoder: any Decoder) throws {
    let single = try decoder.singleValueContainer()
    if single.decodeNil() {
      self = .null
    } else if let value = try? single.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? single.decode(Double.self) {
      self = .number(value)
    } else if let value = try? single.decode(String.self) {
      self = .string(value)
    } else if let value = try? single.decode([AnyJSON].self) {
      self = .array(value)
    } else {
      self = .object(try single.decode([String: AnyJSON].self))
    }
  }
}

@Suite struct PackedDecoderTests {
  private static let dataFiles = EmbeddedFiles.packedBase64.keys.sorted()

  @Test func everyJSONDataFileIsPacked() {
    let jsonFiles = BundledFiles.names.filter { $0.hasPrefix("data/") && $0.hasSuffix(".json") }
    #expect(Self.dataFiles == jsonFiles)
  }

  @Test(arguments: dataFiles)
  func packedFileReadsAsItsJSON(name: String) throws {
    let json = try #require(BundledFiles.bytes(named: name))
    let packed = try #require(BundledFiles.packedBytes(named: name))
    let fromJSON = try JSONDecoder().decode(AnyJSON.self, from: json)
    let fromPacked = try PackedDecoder.decode(AnyJSON.self, from: packed)
    #expect(fromPacked == fromJSON)
  }

  private struct Entry: Decodable, Equatable {
    let name: String
    let kind: String?
    let aliases: [String]?
    let count: Int?
  }

  /// Optional fields: a missing key is nil, as with JSONDecoder; a typed read of the gazetteer's
  /// places gives the same entries by both decoders.
  @Test func typedReadsMatchJSONDecoder() throws {
    struct Places: Decodable, Equatable { let places: [Entry] }
    let name = "data/gazetteer.json"
    let json = try #require(BundledFiles.bytes(named: name))
    let packed = try #require(BundledFiles.packedBytes(named: name))
    let expected = try JSONDecoder().decode(Places.self, from: json)
    #expect(try PackedDecoder.decode(Places.self, from: packed) == expected)
    #expect(expected.places.contains { $0.aliases == nil })
  }

  @Test func aWrongTypeIsAnError() throws {
    struct Wrong: Decodable { let places: String }
    let packed = try #require(BundledFiles.packedBytes(named: "data/gazetteer.json"))
    #expect(throws: DecodingError.self) { try PackedDecoder.decode(Wrong.self, from: packed) }
  }
}
