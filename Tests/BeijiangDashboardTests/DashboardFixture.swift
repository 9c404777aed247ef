import BeijiangDashboard
import BeijiangModel
import BeijiangTestSupport
import BeijiangUI
import Foundation

/// The seed loaded once, and helpers to drive the dashboard as a person would.
enum DashboardFixture {
  static let golden = GoldenFiles()

  static let seed: Document = {
    let source = try! TextDecoder.decode([UInt8](BundledFiles.seed), name: BundledFiles.seedName)
    return DocumentBuilder().build(source)
  }()

  static func state(
    width: Int = 80, height: Int = 24, language: Language = .zh, documents: [Document]? = nil,
    clipboard: Bool = true
  ) -> DashboardState {
    DashboardState(
      documents: documents ?? [seed], width: width, height: height,
      settings: DashboardSettings(
        language: language, themeName: .dark, depth: .palette256, clipboard: clipboard))
  }

  /// Presses keys given as toolkit key names (`j`, `enter`, `esc`, `tab`, `/`, `ctrl-d`).
  static func press(_ names: [String], on state: inout DashboardState) -> [DashboardCommand] {
    names.compactMap { name in state.update(.key(Key(name: name)!)) }
  }

  /// A mouse event at (x, y), resolved against the frame the state draws now, as the run loop does.
  @discardableResult
  static func mouse(_ kind: MouseEvent.Kind, x: Int, y: Int, on state: inout DashboardState)
    -> DashboardCommand?
  {
    state.update(DashboardMessage(.mouse(MouseEvent(kind, x: x, y: y)), frame: DashboardView.frame(state)))
  }

  /// Types text into the search box, one character at a time.
  static func type(_ text: String, on state: inout DashboardState) {
    for character in text { state.update(.key(.character(character))) }
  }

  /// The screen as text: one line per row, trailing spaces trimmed, with a ruler line so that
  /// alignment errors show in diffs.
  static func screen(_ state: DashboardState) -> String {
    ScreenText.of(DashboardView.render(state))
  }
}
