/// The encodings beijiang reads. Detection order and reasons are in `TextDecoder`.
public enum TextEncoding: String, Codable, Sendable {
  case utf8 = "UTF-8"
  case utf8WithBOM = "UTF-8 with BOM"
  case utf16LittleEndian = "UTF-16LE"
  case utf16BigEndian = "UTF-16BE"
  case gb18030 = "GB18030"
}
