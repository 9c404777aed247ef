import CNcursesw
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Handing the terminal to other tools: the clipboard through OSC 52, and another full-screen
/// program (an editor) for a while.
extension Terminal {
  /// Puts `text` on the clipboard of the terminal (or of tmux with `set-clipboard on`) through
  /// OSC 52: the sequence travels with the output, so it works over SSH where no X clipboard is.
  public func copyToClipboard(_ text: String) {
    let sequence = Array(Self.osc52(text).utf8)
    var written = 0
    while written < sequence.count {
      let count = sequence[written...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return }
      written += count
    }
  }

  /// `ESC ] 52 ; c ; BASE64 BEL`: `c` names the clipboard selection.
  public static func osc52(_ text: String) -> String {
    "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
  }

  /// Leaves the screen for `body` (which runs a program on the terminal) and comes back with a full
  /// repaint. Standard error goes back to the terminal meanwhile; a Ctrl-C or resize meant for the
  /// other program is dropped, a hang-up is kept.
  public func suspend<Result>(logPath: String?, _ body: () -> Result) -> Result {
    _ = cn_leave_screen()
    cn_restore_stderr()
    let result = body()
    if let logPath { _ = cn_redirect_stderr(logPath) }
    cn_drop_signal_flags(Int32(CN_SIG_QUIT) | Int32(CN_SIG_WINCH))
    cn_return_screen()
    invalidate()
    _ = cn_sync_size()
    return result
  }
}
