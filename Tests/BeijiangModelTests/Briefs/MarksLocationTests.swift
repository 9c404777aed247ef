import Foundation
import Testing

@testable import BeijiangModel

/// Where the marks file lives: `$XDG_STATE_HOME` when it is absolute, else `~/.local/state`, and a
/// clear problem when neither is known.
@Suite struct MarksLocationTests {
  @Test func usesXDGStateHomeWhenItIsAbsolute() throws {
    let url = try MarksLocation.fileURL(environment: ["XDG_STATE_HOME": "/var/state", "HOME": "/home/a"])
      .get()
    #expect(url.path == "/var/state/beijiang/marks.json")
  }

  @Test(arguments: [
    ["HOME": "/home/a"], ["XDG_STATE_HOME": "", "HOME": "/home/a"],
    ["XDG_STATE_HOME": "rel/dir", "HOME": "/home/a"],
  ])
  func fallsBackToLocalStateUnderHome(environment: [String: String]) throws {
    #expect(
      try MarksLocation.fileURL(environment: environment).get().path
        == "/home/a/.local/state/beijiang/marks.json")
  }

  @Test func reportsWhenThereIsNowhereToKeepMarks() {
    let (store, problems) = MarksStore.open(environment: [:])
    #expect(problems.map(\.kind) == [.noStateDirectory])
    #expect(store.fileURL == nil)
    guard case .failure(let problem) = store.save() else {
      Issue.record("saving without a location must fail")
      return
    }
    #expect(problem.kind == .noStateDirectory)
  }
}
