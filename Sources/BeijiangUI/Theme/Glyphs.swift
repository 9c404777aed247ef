/// The characters chrome is drawn with: borders, bars, gauges, markers.
///
/// `.unicode` uses box drawing and block elements, which are East Asian Ambiguous: terminals set to
/// draw ambiguous characters wide would shift every row, so `.ascii` draws the same chrome with ASCII.
public struct Glyphs: Sendable, Equatable {
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String
  public var horizontal: String
  public var vertical: String
  /// A full bar cell, then partial cells from 1/8 to 7/8 (empty when only whole cells are drawn).
  public var barFull: String
  public var barEighths: [String]
  public var gaugeFilled: String
  public var gaugeEmpty: String
  public var selectionMarker: String
  public var ellipsis: String
  public var moreAbove: String
  public var moreBelow: String
  public var separator: String

  public static let unicode = Glyphs(
    topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
    barFull: "█", barEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], gaugeFilled: "█", gaugeEmpty: "░",
    selectionMarker: "▶", ellipsis: "…", moreAbove: "↑", moreBelow: "↓", separator: "│")

  public static let ascii = Glyphs(
    topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
    barFull: "#", barEighths: [], gaugeFilled: "#", gaugeEmpty: ".", selectionMarker: ">",
    ellipsis: "~", moreAbove: "^", moreBelow: "v", separator: "|")
}
