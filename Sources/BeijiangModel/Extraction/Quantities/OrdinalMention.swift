/// A numeral that names or ranks rather than measures: 第七届 (edition), 十一届 (edition), 七次全会
/// (session), 1号文件 (document), 1328驿站 (station), 十四五 (period), 六期工程 (phase).
public struct OrdinalMention: Codable, Equatable, Sendable {
  public var surface: String
  public var start: Int
  public var end: Int
  public var value: Int?
  public var kind: String

  public init(surface: String, start: Int, end: Int, value: Int?, kind: String) {
    self.surface = surface
    self.start = start
    self.end = end
    self.value = value
    self.kind = kind
  }
}
