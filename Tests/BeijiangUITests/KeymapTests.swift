import BeijiangUI
import Testing

@Suite("Keymap")
struct KeymapTests {
  /// An application's keymap as a toolkit user would write one: the generic keys, one action of its
  /// own, a text-entry scope and a scope of its own.
  private let keymap = Keymap(
    Keymap.standard.bindings + [
      KeyBinding(.character("s"), "sort", zh: "排序", en: "sort"),
      KeyBinding(.escape, .back, zh: "取消", en: "cancel", scope: "search", hint: true),
      KeyBinding(.escape, .back, zh: "返回", en: "back", scope: "detail", hint: true),
    ], textEntryScopes: ["search"])

  @Test(arguments: [
    (Key.character("j"), Action.moveDown), (.down, .moveDown), (.character("k"), .moveUp),
    (.character("G"), .bottom), (.home, .top), (.pageDown, .pageDown), (.ctrl("d"), .halfPageDown),
    (.ctrl("u"), .halfPageUp), (.enter, .open), (.escape, .back), (.character("?"), .help),
    (.character("q"), .quit), (.character("s"), "sort"),
  ])
  func genericKeysAndTheApplicationsOwn(key: Key, action: Action) {
    #expect(keymap.action(for: key, in: .global) == action)
    #expect(keymap.action(for: key, in: .list) == action)
  }

  @Test func theToolkitKnowsNoApplicationAction() {
    let names = Set(Keymap.standard.knownActions.map(\.rawValue))
    #expect(
      names == [
        "move-down", "move-up", "top", "bottom", "page-down", "page-up", "half-page-down", "half-page-up",
        "open", "back", "help", "quit",
      ])
    #expect(Keymap.standard.knownScopes == [.global, .help])
  }

  @Test func scopesOverrideGlobalBindings() {
    #expect(keymap.action(for: .character("q"), in: .help) == .back)
    #expect(keymap.action(for: .character("q"), in: .global) == .quit)
  }

  @Test func textEntryScopeLeavesPrintableKeysToTheQuery() {
    #expect(keymap.action(for: .character("q"), in: "search") == nil)
    #expect(keymap.action(for: .character("j"), in: "search") == nil)
    #expect(keymap.action(for: .escape, in: "search") == .back)
    #expect(keymap.action(for: .ctrl("u"), in: "search") == .halfPageUp)
    #expect(Keymap.standard.action(for: .character("q"), in: "search") == .quit)
  }

  @Test func helpListsEachActionOnceWithAllItsKeys() {
    let entries = keymap.helpEntries(in: .global, language: .en)
    let moveDown = entries.first { $0.text == "move down" }
    #expect(moveDown?.keys == "j/↓")
    #expect(entries.filter { $0.text == "move down" }.count == 1)
    let zh = keymap.helpEntries(in: .global, language: .zh)
    #expect(zh.contains { $0.text == "退出" && $0.keys == "q" })
  }

  @Test func neighbouringDigitKeysShareOneHelpLine() {
    let digits = Keymap(
      (1...4).map {
        KeyBinding(.character(Character(String($0))), Action(rawValue: "tab-\($0)"), zh: "标签", en: "tab")
      })
    #expect(digits.helpEntries(in: .global, language: .en) == [HelpEntry(keys: "1-4", text: "tab")])
  }

  @Test(arguments: [
    "j", "G", "ctrl-u", "shift-tab", "pgdn", "pgup", "f5", "space", "esc", "enter", "up", "/",
  ])
  func keyNamesRoundTrip(name: String) throws {
    let key = try #require(Key(name: name))
    #expect(Key(name: key.name) == key)
  }

  @Test func keyNameAliases() {
    #expect(Key(name: "C-x") == .ctrl("x"))
    #expect(Key(name: "^D") == .ctrl("d"))
    #expect(Key(name: "PageDown") == .pageDown)
    #expect(Key(name: "\"#\"") == .character("#"))
    #expect(Key(name: "ctrl-1") == nil)
    #expect(Key(name: "banana") == nil)
  }

  @Test func fileRebindsUnbindsAndScopes() throws {
    let text = """
      # my keys
      x = quit          # x quits too
      q = none
      ctrl-n = move-down
      "#" = help

      [detail]
      backspace = back
      """
    let result = try KeymapFile.apply(text, to: keymap)
    #expect(result.action(for: .character("x"), in: .global) == .quit)
    #expect(result.action(for: .character("q"), in: .global) == nil)
    #expect(result.action(for: .ctrl("n"), in: .list) == .moveDown)
    #expect(result.action(for: .character("#"), in: .global) == .help)
    #expect(result.action(for: .backspace, in: "detail") == .back)
    #expect(result.action(for: .backspace, in: .global) == nil)
    #expect(result.helpEntries(in: .global, language: .zh).contains { $0.text == "退出" && $0.keys == "x" })
  }

  @Test func rebindingReplacesTheKeysOldAction() throws {
    let result = try KeymapFile.apply("j = quit", to: keymap)
    #expect(result.action(for: .character("j"), in: .global) == .quit)
    #expect(result.action(for: .down, in: .global) == .moveDown)
  }

  @Test(arguments: [
    ("j move-down", 1, "expected `key = action`"),
    ("\n\nbanana = quit", 3, "unknown key `banana`"),
    ("j = fly", 1, "unknown action `fly`"),
    ("[nowhere]", 1, "unknown section [nowhere]"),
    ("j = move-down\n[detail", 2, "a section is written [name]"),
    ("j =", 1, "expected `key = action`"),
  ])
  func errorsNameTheLineAndTheProblem(text: String, line: Int, message: String) {
    #expect {
      _ = try KeymapFile.apply(text, to: keymap)
    } throws: { error in
      guard let error = error as? KeymapFileError else { return false }
      return error.line == line && error.description.contains(message)
        && error.description.hasPrefix("line \(line): ")
    }
  }
}

@Suite("Input decoding and backends")
struct InputTests {
  @Test(arguments: [
    (UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
    (21, .ctrl("u")), (4, .ctrl("d")), (0x6A, .character("j")), (0x47, .character("G")),
    (0x4E2D, .character("中")), (0xFF0C, .character("，")),
  ])
  func terminalCharactersBecomeKeys(code: UInt32, key: Key) {
    #expect(Key.fromTerminalCharacter(code) == key)
  }

  @Test(arguments: [UInt32(0), 28, 31, 0x85, 0x9B, 0xD800, 0x378])
  func unprintableCodesAreIgnored(code: UInt32) {
    #expect(Key.fromTerminalCharacter(code) == nil)
  }

  @Test func memoryTerminalReplaysAScriptAndRecordsFrames() {
    let terminal = MemoryTerminal(
      width: 80, height: 24, events: [.key(.character("j")), .resize(width: 100, height: 30)])
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.character("j")))
    terminal.draw(Buffer(width: terminal.width, height: terminal.height))
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .resize(width: 100, height: 30))
    #expect(terminal.width == 100 && terminal.height == 30)
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .interrupt)
    #expect(terminal.frames.count == 1)
    #expect(terminal.lastFrame?.width == 80)
  }

  @Test func noColorWinsOverTheTerminal() {
    #expect(ColorDepth.effective(terminalColors: 256, environment: [:]) == .palette256)
    #expect(ColorDepth.effective(terminalColors: 256, environment: ["NO_COLOR": "1"]) == .none)
    #expect(ColorDepth.effective(terminalColors: 256, environment: ["NO_COLOR": ""]) == .palette256)
    #expect(ColorDepth.effective(terminalColors: 8, environment: [:], noColorFlag: true) == .none)
  }
}
