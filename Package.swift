// swift-tools-version: 6.1
import PackageDescription

/// `BEIJIANG_FUZZ=1` (set by scripts/fuzz.sh) instruments the model and the fuzz harness for libFuzzer
/// with AddressSanitizer. Only those targets: the build plugin's host tool must stay uninstrumented.
let fuzzing = Context.environment["BEIJIANG_FUZZ"] == "1"
let fuzzSwiftSettings: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []

let package = Package(
  name: "beijiang",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "beijiang", targets: ["beijiang"]),
    .library(name: "BeijiangModel", targets: ["BeijiangModel"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // Turns the bundled seed and the lexicon data files into Swift source at build time, so the
    // binary carries them and still works after it is copied anywhere.
    .executableTarget(name: "EmbedGenerator", path: "Sources/EmbedGenerator"),
    .plugin(
      name: "EmbedFiles", capability: .buildTool(), dependencies: ["EmbedGenerator"],
      path: "Plugins/EmbedFiles"),

    // OpenCC (traditional to simplified Chinese), wrapped in C only to turn its (opencc_t)-1 into NULL.
    .target(name: "COpenCC", path: "Sources/COpenCC", linkerSettings: [.linkedLibrary("opencc")]),

    // The document model: loading, structure, extraction, classification, export. No terminal code.
    .target(
      name: "BeijiangModel",
      dependencies: ["COpenCC"],
      path: "Sources/BeijiangModel",
      exclude: ["Data"],
      swiftSettings: fuzzSwiftSettings,
      plugins: ["EmbedFiles"]),

    .executableTarget(
      name: "beijiang",
      dependencies: [
        "BeijiangModel", "BeijiangDashboard", "BeijiangTerminal", "BeijiangUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/beijiang"),

    // The fuzz harness: a corpus replayer in ordinary builds, libFuzzer's entry with BEIJIANG_FUZZ.
    .executableTarget(
      name: "beijiang-fuzz", dependencies: ["BeijiangModel"], path: "Sources/BeijiangFuzz",
      swiftSettings: fuzzSwiftSettings + (fuzzing ? [.define("BEIJIANG_FUZZ")] : []),
      linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []),

    // Measures metrics extraction throughput (docs/performance.md).
    .executableTarget(
      name: "beijiang-bench", dependencies: ["BeijiangModel", "BeijiangDashboard", "BeijiangUI"],
      path: "Sources/BeijiangBench"),

    // Golden files (text and style runs, readable diffs) shared by every test target.
    .target(name: "BeijiangTestSupport", dependencies: ["BeijiangUI"], path: "Tests/BeijiangTestSupport"),
    .testTarget(
      name: "BeijiangDashboardTests",
      dependencies: ["BeijiangDashboard", "BeijiangModel", "BeijiangUI", "BeijiangTestSupport"],
      path: "Tests/BeijiangDashboardTests", exclude: ["Golden"]),
    .testTarget(
      name: "BeijiangModelTests", dependencies: ["BeijiangModel"], path: "Tests/BeijiangModelTests",
      exclude: ["Fixtures"]),
    .testTarget(
      name: "BeijiangCLITests",
      dependencies: ["beijiang", "beijiang-fuzz", "BeijiangModel", "BeijiangUI", "BeijiangTestSupport"],
      path: "Tests/BeijiangCLITests", exclude: ["Golden"]),

    // ncursesw, wrapped in C for what Swift cannot import (macros, C globals, <term.h>, signals).
    .target(
      name: "CNcursesw",
      path: "Sources/CNcursesw",
      linkerSettings: [.linkedLibrary("ncursesw")]),
    // The terminal-independent UI toolkit: display width, cell buffer, layout, widgets, themes, keymap.
    .target(name: "BeijiangUI", path: "Sources/BeijiangUI"),
    // The dashboard application: state, update and view, on the model and the UI toolkit. No ncurses.
    .target(
      name: "BeijiangDashboard", dependencies: ["BeijiangModel", "BeijiangUI"],
      path: "Sources/BeijiangDashboard"),
    // The only code that talks to ncurses: start-up, drawing changed rows, input events, restore.
    .target(
      name: "BeijiangTerminal", dependencies: ["BeijiangUI", "CNcursesw"],
      path: "Sources/BeijiangTerminal"),
    .testTarget(
      name: "BeijiangUITests", dependencies: ["BeijiangUI", "CNcursesw", "BeijiangTestSupport"],
      path: "Tests/BeijiangUITests",
      exclude: ["Golden"]),
    // A toolkit demo (every widget on one screen, real terminal) and the 200x50 frame benchmark.
    .executableTarget(
      name: "beijiang-ui-demo", dependencies: ["BeijiangUI", "BeijiangTerminal"],
      path: "Sources/BeijiangUIDemo"),
  ],
  swiftLanguageModes: [.v6]
)
