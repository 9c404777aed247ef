/// The running value of a numeral written with Chinese units: sections of 千百十 multiplied by 万
/// and 亿. A section's multiplier may be a Chinese digit or an Arabic number (5万4千6百).
struct NumeralAccumulator {
  private var total = 0.0
  private var section = 0.0
  private var pending: Double?
  private var lastSmallUnit = Int.max
  private var largestMagnitude = 0.0
  private var sawZero = false
  private var isEmpty = true
  /// The place a last digit stands for when the unit after it is left out, as speech and reporting
  /// do: 四百五 is 450, 三万五 is 35000. Only a Chinese digit right after a unit has one; 零 between
  /// (一百零五) says the digit is the units.
  private var droppedPlace: Double?
  private var pendingPlace = 1.0

  var value: Double { total + section + (pending ?? 0) * pendingPlace }
  /// Whether a unit or magnitude has been read, so the numeral is more than a digit.
  private(set) var hasUnit = false
  private(set) var sawDigit = false

  /// Adds one character; false when it cannot continue a regular numeral.
  mutating func accept(_ kind: NumeralTable.Kind) -> Bool {
    defer { isEmpty = false }
    switch kind {
    case .digit(0):
      guard !isEmpty, pending == nil else { return false }
      sawZero = true
      droppedPlace = nil
      return true
    case .digit(let digit):
      guard pending == nil else { return false }
      pending = Double(digit)
      pendingPlace = droppedPlace ?? 1
      sawDigit = true
      return true
    case .smallUnit(let unit):
      return acceptSmallUnit(unit)
    case .magnitude(let factor):
      return acceptMagnitude(factor)
    }
  }

  /// An Arabic number as the multiplier of the unit that must follow it (the 4 of 5万4千).
  mutating func acceptArabic(_ number: Double) -> Bool {
    guard pending == nil else { return false }
    pending = number
    pendingPlace = 1
    sawDigit = true
    isEmpty = false
    return true
  }

  private mutating func acceptSmallUnit(_ unit: Int) -> Bool {
    guard unit < lastSmallUnit else { return false }
    guard pending != nil || isEmpty || (unit == 10 && sawZero) else { return false }
    section += (pending ?? 1) * Double(unit)
    pending = nil
    lastSmallUnit = unit
    sawZero = false
    droppedPlace = Double(unit / 10)
    hasUnit = true
    return true
  }

  private mutating func acceptMagnitude(_ factor: Double) -> Bool {
    let amount = section + (pending ?? 0)
    if amount == 0 && total == 0 {
      guard isEmpty else { return false }
      total = factor
    } else if factor > largestMagnitude {
      total = DecimalProduct.times(total + amount, factor)
    } else {
      guard amount > 0 else { return false }
      total += DecimalProduct.times(amount, factor)
    }
    largestMagnitude = max(largestMagnitude, factor)
    section = 0
    pending = nil
    lastSmallUnit = Int.max
    sawZero = false
    droppedPlace = factor / 10
    hasUnit = true
    return true
  }
}
