import BeijiangUI
import CNcursesw

#if canImport(Glibc)
  import Glibc
#endif

/// The ncursesw backend: sets the terminal up safely, draws buffers by sending only changed rows,
/// turns input into `InputEvent`s and puts the terminal back however the program ends.
///
/// Use from one thread (the main one). `restore()` is idempotent and also runs on deinit.
public final class Terminal: TerminalBackend {
  public struct Options: Sendable {
    /// How long a lone Esc waits for the rest of an escape sequence.
    public var escapeDelayMilliseconds: Int32 = 25
    public var mouse = true
    /// Where stderr goes while the screen is up (so warnings and backtraces do not scribble on it).
    public var stderrLogPath: String? = nil
    public init() {}
  }

  public private(set) var width: Int
  public private(set) var height: Int
  /// Colours the terminal can show; themes should be built for this depth.
  public let colorDepth: ColorDepth
  public private(set) var mouseEnabled: Bool

  private var previous: Buffer?
  private var pairs = ColorPairs()
  private var restored = false

  /// Starts the screen, in the order that proved safe here: UTF-8 locale, TTY check, TERM preflight,
  /// signal handlers, newterm, input modes, plain arrow keys, mouse.
  public init(options: Options = Options()) throws(TerminalError) {
    guard cn_setup_utf8_locale() == 1 else { throw .noUTF8Locale }
    guard cn_stdio_is_tty() == 1 else { throw .notATerminal }
    let term = getenv("TERM").map { String(cString: $0) } ?? ""
    switch cn_preflight_term(term) {
    case 0: break
    case 1: throw .termUnset
    case 2: throw .termUnknown(term)
    default: throw .termTooLimited(term)
    }
    cn_install_signal_handlers()
    if let path = options.stderrLogPath { _ = cn_redirect_stderr(path) }
    guard cn_start_screen() == 1 else {
      cn_restore_stderr()
      cn_restore_signal_handlers()
      throw .cannotStart
    }
    cn_configure_input(options.escapeDelayMilliseconds)
    cn_define_plain_keys()
    cn_install_winch_handler()
    mouseEnabled = options.mouse && cn_enable_mouse() == 1
    colorDepth = ColorDepth(colorCount: Int(cn_colors()))
    width = Int(cn_cols())
    height = Int(cn_rows())
  }

  deinit { restore() }

  /// Leaves curses mode and restores signal handlers and stderr. Safe to call more than once.
  public func restore() {
    guard !restored else { return }
    restored = true
    _ = cn_end_screen()
    cn_restore_signal_handlers()
    cn_restore_stderr()
  }

  /// Makes the next `draw` repaint every row and the terminal repaint the whole screen.
  public func invalidate() {
    previous = nil
    cn_force_redraw()
  }

  // MARK: - Output

  /// Sends the rows of `buffer` that differ from the last frame, cell by cell with their styles.
  /// A buffer of another size than the terminal is drawn clipped.
  public func draw(_ buffer: Buffer) {
    guard !restored else { return }
    for y in buffer.changedRows(since: previous) where y < height {
      drawRow(y, of: buffer)
    }
    previous = buffer
    _ = cn_refresh()
  }

  private func drawRow(_ y: Int, of buffer: Buffer) {
    var text: [wchar_t] = []
    text.reserveCapacity(6)
    for x in 0..<min(buffer.width, width) {
      let cell = buffer[x, y]
      if cell.isContinuation { continue }
      text.removeAll(keepingCapacity: true)
      for scalar in cell.scalars { text.append(wchar_t(bitPattern: scalar.value)) }
      if text.isEmpty { text.append(0x20) }
      text.append(0)
      let style = cell.style
      let attributes = cn_attributes(
        flag(style.attributes.contains(.bold)), flag(style.attributes.contains(.dim)),
        flag(style.attributes.contains(.underline)), flag(style.attributes.contains(.reverse)),
        flag(style.attributes.contains(.italic)))
      let pair = pairs.pair(foreground: style.foreground, background: style.background, depth: colorDepth)
      _ = cn_put_cell(Int32(y), Int32(x), text, attributes, pair)
    }
  }

  private func flag(_ value: Bool) -> Int32 { value ? 1 : 0 }

  // MARK: - Input

  /// The next event, waiting at most `timeoutMilliseconds` (-1 waits for ever); nil on timeout.
  /// Signals come first: SIGINT/SIGTERM/SIGHUP give `.interrupt`; after Ctrl-Z and fg the screen is
  /// repainted and a `.resize` lets the app redraw at the (possibly new) size.
  public func nextEvent(timeoutMilliseconds: Int32) -> InputEvent? {
    guard !restored else { return .interrupt }
    if let event = signalEvent() { return event }
    cn_set_timeout(timeoutMilliseconds)
    var code: Int32 = 0
    let status = cn_get_wch(&code)
    if status == CN_ERR { return signalEvent() }
    if status == CN_KEY_CODE_YES { return keyCodeEvent(code) }
    return KeyDecoder.character(code).map(InputEvent.key)
  }

  private func signalEvent() -> InputEvent? {
    let flags = cn_take_signal_flags()
    if flags & Int32(CN_SIG_HUP) != 0 {
      // The terminal is gone: restore now, nothing else can be drawn.
      restore()
      return .interrupt
    }
    if flags & Int32(CN_SIG_QUIT) != 0 { return .interrupt }
    if flags & Int32(CN_SIG_CONT) != 0 {
      invalidate()
      _ = cn_sync_size()
      return updateSize()
    }
    if flags & Int32(CN_SIG_WINCH) != 0 && cn_sync_size() == 1 { return updateSize() }
    return nil
  }

  private func keyCodeEvent(_ code: Int32) -> InputEvent? {
    switch code {
    case Int32(CN_KEY_RESIZE): return updateSize()
    case Int32(CN_KEY_MOUSE): return mouseEvent()
    default: return KeyDecoder.keyCode(code).map(InputEvent.key)
    }
  }

  private func updateSize() -> InputEvent {
    width = Int(cn_cols())
    height = Int(cn_rows())
    previous = nil
    return .resize(width: width, height: height)
  }

  private func mouseEvent() -> InputEvent? {
    var x: Int32 = 0
    var y: Int32 = 0
    var button: Int32 = 0
    guard cn_read_mouse(&x, &y, &button) == 1 else { return nil }
    switch button {
    case 1: return .mouse(MouseEvent(.click, x: Int(x), y: Int(y)))
    case 4: return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y)))
    case 5: return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y)))
    default: return nil
    }
  }
}
