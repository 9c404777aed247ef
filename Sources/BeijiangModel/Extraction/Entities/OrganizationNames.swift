/// Decides which organisation names in a document are one organisation. A name is a short form of a
/// longer one when the longer name is the shorter preceded by a place or a qualifier
/// (内蒙古 + 自治区总工会, 呼和浩特市 + 青城变电站); the canonical name is the longest full form.
/// Known bodies map their aliases to their own canonical name (全国总工会 → 中华全国总工会).
struct OrganizationNames {
  let lexicon: EntityLexicon

  /// The canonical name for each surface in `matches`.
  func canonicalNames(for matches: [OrganizationMatch]) -> [String: String] {
    let surfaces = Set(matches.map(\.surface))
    var canonical: [String: String] = [:]
    for match in matches {
      canonical[match.surface] = match.knownCanonical ?? fullForm(of: match.surface, among: surfaces)
    }
    return canonical
  }

  private func fullForm(of surface: String, among surfaces: Set<String>) -> String {
    let longer = surfaces.filter { candidate in
      candidate.unicodeScalars.count > surface.unicodeScalars.count && candidate.hasSuffix(surface)
        && isLocatingPrefix(String(candidate.dropLast(surface.count)))
    }
    guard let longest = longer.max(by: { $0.unicodeScalars.count < $1.unicodeScalars.count }) else {
      return surface
    }
    return fullForm(of: longest, among: surfaces)
  }

  /// A place name or a qualifier, possibly followed by more of either (内蒙古, 呼和浩特市).
  private func isLocatingPrefix(_ prefix: String) -> Bool {
    let scalars = Array(prefix.unicodeScalars)
    var reachable = [Bool](repeating: false, count: scalars.count + 1)
    reachable[0] = true
    for start in 0..<scalars.count where reachable[start] {
      for match in lexicon.places.matches(in: scalars, at: start) {
        reachable[start + match.length] = true
      }
      for match in lexicon.organizationQualifiers.matches(in: scalars, at: start) {
        reachable[start + match.length] = true
      }
    }
    return !scalars.isEmpty && reachable[scalars.count]
  }
}
