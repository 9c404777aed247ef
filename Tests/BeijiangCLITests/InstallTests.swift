import Foundation
import Testing

/// `make install` into a temporary prefix: the binary, the man pages and the completions land where
/// the README says, `man -l` reads the page, and `make uninstall` takes away exactly what it put.
/// CONFIG=debug installs the build the tests already made, so no release build is paid here.
@Suite(.serialized) struct InstallTests {
  static let expected = [
    "bin/beijiang",
    "share/bash-completion/completions/beijiang",
    "share/fish/vendor_completions.d/beijiang.fish",
    "share/man/man1/beijiang.1",
    "share/man/man1/beijiang.dashboard.1",
    "share/man/man1/beijiang.export.1",
    "share/man/man1/beijiang.extract.1",
    "share/man/man1/beijiang.help.1",
    "share/man/man1/beijiang.present.1",
    "share/man/man1/beijiang.summary.1",
    "share/zsh/site-functions/_beijiang",
  ]

  @Test func installsManPagesAndCompletionsAndUninstallsExactlyThose() throws {
    guard Self.tool("make") != nil, Self.tool("man") != nil else {
      // .ci/run installs make and man-db, so there this never skips.
      try #require(ProcessInfo.processInfo.environment["BEIJIANG_REQUIRE_TMUX"] == nil, "make or man missing")
      return
    }
    let prefix = FileManager.default.temporaryDirectory.appending(
      path: "beijiang-prefix-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: prefix) }
    // A file of someone else's in the prefix must survive the uninstall.
    try FileManager.default.createDirectory(
      at: prefix.appending(path: "bin"), withIntermediateDirectories: true)
    try Data("other".utf8).write(to: prefix.appending(path: "bin/other-tool"))

    // `swift test` holds the build directory's lock while the tests run, so the nested swift
    // commands must not wait for it; the debug build they use is already complete.
    let install = try Self.make([
      "install", "CONFIG=debug", "SWIFT_FLAGS=--ignore-lock", "PREFIX=\(prefix.path)",
    ])
    #expect(install.status == 0, "\(install.stderr)")
    #expect(Self.files(under: prefix) == (Self.expected + ["bin/other-tool"]).sorted())

    let page = try Self.shell(
      "MANWIDTH=80 man -l \(Self.quote(prefix.appending(path: "share/man/man1/beijiang.summary.1").path))")
    #expect(page.status == 0, "\(page.stderr)")
    #expect(page.stdout.contains("beijiang summary"))
    #expect(page.stdout.contains("--format"))
    let version = try BinaryRunner.run(["--version"], executable: prefix.appending(path: "bin/beijiang").path)
    #expect(version.stdoutText.hasPrefix("0."))
    let bash = try String(
      contentsOf: prefix.appending(path: "share/bash-completion/completions/beijiang"), encoding: .utf8)
    #expect(bash.contains("complete"))
    #expect(bash.contains("summary"))

    let uninstall = try Self.make(["uninstall", "PREFIX=\(prefix.path)"])
    #expect(uninstall.status == 0, "\(uninstall.stderr)")
    #expect(Self.files(under: prefix) == ["bin/other-tool"])
  }

  /// Regular files under `root`, relative and sorted.
  static func files(under root: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
    var found: [String] = []
    while let url = enumerator?.nextObject() as? URL {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      found.append(
        String(url.resolvingSymlinksInPath().path.dropFirst(root.resolvingSymlinksInPath().path.count + 1)))
    }
    return found.sorted()
  }

  static func make(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    try shell(
      (["make", "-C", quote(BinaryRunner.repositoryRoot.path)] + arguments.map(quote)).joined(separator: " "))
  }

  static func shell(_ command: String) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try BinaryRunner.run(["-c", command], executable: "/bin/sh")
    return (result.status, result.stdoutText, result.stderr)
  }

  static func tool(_ name: String) -> String? {
    ["/usr/bin/\(name)", "/usr/local/bin/\(name)", "/bin/\(name)"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  static func quote(_ text: String) -> String { TmuxSession.quote(text) }
}
