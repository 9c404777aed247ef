import ArgumentParser

#if os(Linux)
  /// glibc's `mallopt` (malloc.h, which the Glibc module does not bring in).
  @_silgen_name("mallopt") private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
  /// malloc.h's `M_TRIM_THRESHOLD`.
  private let trimThreshold: Int32 = -1

  // glibc keeps freed memory at the top of each arena's heap up to a threshold that grows with
  // the largest block freed; a long article's build frees large arrays on several threads, and the
  // kept pages made the resident peak vary by 30 MB from run to run. Trimming at once keeps it at
  // the low end (docs/performance.md, session 9).
  _ = mallopt(trimThreshold, 0)
#endif

Beijiang.main()
