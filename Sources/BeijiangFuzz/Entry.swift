import Foundation

/// libFuzzer's entry point. scripts/fuzz.sh builds with BEIJIANG_FUZZ=1, which instruments this
/// target and the model with `-sanitize=fuzzer,address` and defines BEIJIANG_FUZZ.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

#if BEIJIANG_FUZZ
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
  ) -> CInt

  /// SwiftPM links an executable's `main` to the module's own entry, so libFuzzer's `main` is not
  /// used; this entry hands control to libFuzzer's driver instead.
  @main
  enum FuzzMain {
    static func main() {
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
    }
  }
#else
  /// In an ordinary build the same harness replays files (the committed corpus, a crash found
  /// earlier), so every fuzz finding can be re-run without the sanitizer toolchain.
  @main
  enum CorpusReplay {
    static func main() throws {
      let paths = CommandLine.arguments.dropFirst()
      for path in paths {
        let url = URL(fileURLWithPath: path)
        let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory ?? false
        let files =
          isDirectory
          ? try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { url.appending(path: $0) }
          : [url]
        for file in files { FuzzHarness.run([UInt8](try Data(contentsOf: file))) }
        print("replayed \(files.count) inputs from \(path)")
      }
    }
  }
#endif
