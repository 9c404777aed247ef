import Foundation

/// Files compiled into the binary by the EmbedFiles build plugin: the seed article and the data files
/// (lexicons, gazetteers, project definitions) under `Sources/BeijiangModel/Data`.
public enum BundledFiles {
  /// The name of the article `beijiang` opens when no file is given.
  public static let seedName = "seeds/000_dcb31c8fa19abac6.txt"

  /// The bytes of an embedded file, or nil when no such file was embedded.
  public static func bytes(named name: String) -> Data? {
    EmbeddedFiles.base64[name].flatMap { Data(base64Encoded: $0) }
  }

  /// The names of every embedded file, sorted.
  public static var names: [String] { EmbeddedFiles.base64.keys.sorted() }

  /// The bundled seed's bytes, exactly as they are in `seeds/`.
  public static var seed: Data {
    guard let data = bytes(named: seedName) else {
      preconditionFailure("the build did not embed \(seedName)")
    }
    return data
  }

  /// The packed form the build made of a JSON data file (`data/NAME.json`), or nil.
  static func packedBytes(named name: String) -> [UInt8]? {
    EmbeddedFiles.packedBase64[name].flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) }
  }

  /// A data file from `Sources/BeijiangModel/Data`, decoded from the packed form the build made of
  /// its JSON (`PackedDecoder`), so no JSON text is parsed at start-up.
  static func decodeData<T: Decodable>(_ type: T.Type, named name: String) -> T {
    guard let packed = packedBytes(named: "data/\(name)") else {
      preconditionFailure("the build did not embed data/\(name)")
    }
    do {
      return try PackedDecoder.decode(type, from: packed)
    } catch {
      preconditionFailure("data/\(name) is not valid: \(error)")
    }
  }

  /// A data file from `Sources/BeijiangModel/Data`, built from the packed form the build made of its
  /// JSON by the type's own reads by key (`PackedData`): no JSON text is parsed and no Codable
  /// machinery runs at start-up. A bad file stops here; the tests load every file.
  static func readData<T: PackedData>(_ type: T.Type, named name: String) -> T {
    guard let packed = packedBytes(named: "data/\(name)") else {
      preconditionFailure("the build did not embed data/\(name)")
    }
    do {
      return try T(packed: PackedObject(PackedBytes(packed).root))
    } catch {
      preconditionFailure("data/\(name) is not valid: \(error)")
    }
  }
}
