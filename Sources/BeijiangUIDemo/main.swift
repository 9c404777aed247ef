import BeijiangTerminal
import BeijiangUI

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

// A toolkit demo and frame-time benchmark. `beijiang-ui-demo` runs interactively (q quits);
// `beijiang-ui-demo --bench [frames]` renders 200x50 frames into a buffer and prints the time per frame;
// `--ascii`, `--mono` and `--ambiguous-wide` select glyphs, theme and width policy.
let arguments = CommandLine.arguments.dropFirst()
let glyphs: Glyphs = arguments.contains("--ascii") ? .ascii : .unicode
let policy: WidthPolicy = arguments.contains("--ambiguous-wide") ? .ambiguousWide : .standard
let keymap = DemoKeys.keymap

if arguments.first == "--bench" {
  let frames = arguments.dropFirst().first.flatMap { Int($0) } ?? 2000
  var state = DemoState()
  let theme = Theme.dark(depth: .palette256, glyphs: glyphs)
  var previous: Buffer? = nil
  var changed = 0
  let clock = ContinuousClock()
  let elapsed = clock.measure {
    for frame in 0..<frames {
      state.selected = frame % DemoState.rows.count
      var buffer = Buffer(width: 200, height: 50, policy: policy)
      state.view(into: &buffer, theme: theme, keymap: keymap)
      changed += buffer.changedRows(since: previous).count
      previous = buffer
    }
  }
  let perFrame = elapsed / frames
  print(
    "200x50 frames: \(frames), per frame (view + diff): \(perFrame), changed rows per frame: \(changed / frames)"
  )
  exit(0)
}

var options = Terminal.Options()
options.stderrLogPath = "/tmp/beijiang-ui-demo.log"
let terminal: Terminal
do {
  terminal = try Terminal(options: options)
} catch {
  var standardError = StandardError()
  print(error.description, to: &standardError)
  exit(error.exitCode)
}
let theme = Theme.named(
  arguments.contains("--mono") ? .monochrome : .dark, depth: terminal.colorDepth, glyphs: glyphs)
var state = DemoState()
var running = true
while running {
  var buffer = Buffer(width: terminal.width, height: terminal.height, policy: policy)
  state.view(into: &buffer, theme: theme, keymap: keymap)
  terminal.draw(buffer)
  // Checks the crash path: the terminal must come back before the backtrace is printed.
  if arguments.contains("--crash") { fatalError("deliberate crash (--crash)") }
  guard let event = terminal.nextEvent(timeoutMilliseconds: 500) else { continue }
  running = state.update(event, keymap: keymap)
}
terminal.restore()

struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    var text = string
    text.withUTF8 { _ = systemWrite(2, $0.baseAddress, $0.count) }
  }
}
