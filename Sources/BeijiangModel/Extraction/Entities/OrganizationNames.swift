/// Decides which organisation names in a document are one organisation. A name is a short form of a
/// longer one when the longer name is the shorter preceded by a place or a qualifier
/// (内蒙古 + 自治区总工会, 呼和浩特市 + 青城变电站); the canonical name is the longest full form.
/// Known bodies map their aliases to their own canonical name (全国总工会 → 中华全国总工会).
struct OrganizationNames {
  let lexicon: EntityLexicon

  /// The canonical name for each surface in `matches`. When a surface is matched both as a known body
  /// and by its suffix, the last match decides, as the matches are read in order.
  func canonicalNames(for matches: [OrganizationMatch]) -> [String: String] {
    var surfaces: [String] = []
    var knownCanonical: [String: String?] = [:]
    for match in matches {
      if knownCanonical.updateValue(match.knownCanonical, forKey: match.surface) == nil {
        surfaces.append(match.surface)
      }
    }
    let longer = longerForms(of: surfaces)
    var canonical: [String: String] = [:]
    for surface in surfaces {
      canonical[surface] =
        knownCanonical[surface].flatMap { $0 } ?? fullForm(of: surface, longer: longer)
    }
    return canonical
  }

  /// The longest full form reached by following `longer` from `surface`: each step is strictly
  /// longer, so the walk ends.
  private func fullForm(of surface: String, longer: [String: String]) -> String {
    var form = surface
    while let next = longer[form] { form = next }
    return form
  }

  /// For each surface, the longest other surface that is it preceded by a locating prefix; on equal
  /// lengths the surface named first in the document wins.
  ///
  /// Each surface is cut once at every offset where a locating prefix ends, and the rest is looked up
  /// among the surfaces: the work grows with the number of distinct names times their length, where
  /// comparing every name with every other grew with the square of the number of names.
  private func longerForms(of surfaces: [String]) -> [String: String] {
    let known = Set(surfaces)
    var longer: [String: (form: String, length: Int)] = [:]
    for candidate in surfaces {
      let scalars = Array(candidate.unicodeScalars)
      let prefixEnds = locatingPrefixEnds(scalars)
      for cut in 1..<max(1, scalars.count) where prefixEnds[cut] {
        let shorter = String(scalars: scalars[cut...])
        guard known.contains(shorter) else { continue }
        if let current = longer[shorter], current.length >= scalars.count { continue }
        longer[shorter] = (candidate, scalars.count)
      }
    }
    return longer.mapValues(\.form)
  }

  /// For each offset of `scalars`, whether the scalars before it are a place name or a qualifier,
  /// possibly followed by more of either (内蒙古, 呼和浩特市).
  private func locatingPrefixEnds(_ scalars: [Unicode.Scalar]) -> [Bool] {
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
    reachable[0] = false
    return reachable
  }
}
