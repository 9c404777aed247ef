/// How wide the terminal draws East Asian Ambiguous characters (“ ” · — … ─ █ ① ...).
///
/// glibc and ncurses count them as one column; many CJK terminal setups draw them two wide. With
/// `.ambiguousWide` the buffer reserves two cells for them so aligned columns stay aligned there.
public enum WidthPolicy: String, Sendable, Codable, Equatable, CaseIterable {
  case standard
  case ambiguousWide
}
