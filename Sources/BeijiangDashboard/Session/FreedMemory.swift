#if canImport(Glibc)
  import Glibc
#endif

/// Hands the pages freed while articles were built back to the system. The builders run on every
/// core, each thread allocating in its own glibc arena; what they free (the scalars, records and
/// buffers only building needed) stays resident there until trimmed, tens of megabytes at 1000
/// articles (docs/performance.md, "Session 9"). Called once loading ends, not per frame.
enum FreedMemory {
  static func release() {
    #if canImport(Glibc)
      // malloc.h is not in the Glibc module; the function is looked up instead.
      if let symbol = dlsym(nil, "malloc_trim") {
        _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
      }
    #endif
  }
}
