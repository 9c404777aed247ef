import Foundation
import Testing

/// `beijiang export` of a text holding terminal escape sequences prints JSON with every C0 control
/// escaped, so the JSON shown in a terminal cannot clear the screen or retitle the window.
@Suite struct EscapeSequenceExportTests {
  @Test func exportedJSONCarriesNoRawControlBytes() throws {
    let text = "# 标题\u{1B}]0;pwned\u{7}\n\n口岸\u{1B}[2J\u{1B}[H通关便利。\n"
    let path = try BinaryRunner.temporaryFile(Array(text.utf8))
    let result = try BinaryRunner.run(["export", path])
    #expect(result.status == 0)
    #expect(!result.stdout.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x20 })
    let json = result.stdoutText.lowercased()
    #expect(json.contains("口岸\\u001b[2j\\u001b[h通关便利。"))
    #expect(json.contains("标题\\u001b]0;pwned\\u0007"))
  }
}
