/// A run of non-blank lines, or a heading line, found by `BlockScanner`.
struct SourceBlock: Equatable {
  enum Kind: Equatable {
    case heading(level: Int, title: String)
    case text
  }

  var kind: Kind
  var start: Int
  var end: Int
}
