// swift-tools-version: 6.1
import PackageDescription

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

    // The document model: loading, structure, extraction, classification, export. No terminal code.
    .target(
      name: "BeijiangModel",
      path: "Sources/BeijiangModel",
      exclude: ["Data"],
      plugins: ["EmbedFiles"]),

    .executableTarget(
      name: "beijiang",
      dependencies: [
        "BeijiangModel",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/beijiang"),

    .testTarget(
      name: "BeijiangModelTests", dependencies: ["BeijiangModel"], path: "Tests/BeijiangModelTests"),
    .testTarget(
      name: "BeijiangCLITests", dependencies: ["beijiang", "BeijiangModel"],
      path: "Tests/BeijiangCLITests"),

    // ncursesw, wrapped in C for what Swift cannot import (macros, C globals, <term.h>, signals).
    .target(
      name: "CNcursesw",
      path: "Sources/CNcursesw",
      linkerSettings: [.linkedLibrary("ncursesw")]),
    // The terminal-independent UI toolkit: display width, cell buffer, layout, widgets, themes, keymap.
    .target(name: "BeijiangUI", path: "Sources/BeijiangUI"),
    // The only code that talks to ncurses: start-up, drawing changed rows, input events, restore.
    .target(
      name: "BeijiangTerminal", dependencies: ["BeijiangUI", "CNcursesw"],
      path: "Sources/BeijiangTerminal"),
    .testTarget(
      name: "BeijiangUITests", dependencies: ["BeijiangUI", "CNcursesw"],
      path: "Tests/BeijiangUITests",
      exclude: ["Golden"]),
    // A toolkit demo (every widget on one screen, real terminal) and the 200x50 frame benchmark.
    .executableTarget(
      name: "beijiang-ui-demo", dependencies: ["BeijiangUI", "BeijiangTerminal"],
      path: "Sources/BeijiangUIDemo"),
  ],
  swiftLanguageModes: [.v6]
)
