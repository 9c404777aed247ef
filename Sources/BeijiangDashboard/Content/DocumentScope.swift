/// Which documents the panes show: all of them, or one.
public enum DocumentScope: Sendable, Equatable {
  case all
  case document(Int)

  func includes(_ index: Int) -> Bool {
    switch self {
    case .all: true
    case .document(let chosen): chosen == index
    }
  }
}
