/// The script data file read from its packed form; see `PackedData` for why not Codable.
extension ConvertibleCharacters.File: PackedData {
  init(packed object: PackedObject) throws {
    characters = try object.strings("characters")
  }
}
