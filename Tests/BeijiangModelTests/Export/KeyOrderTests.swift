import Testing

@testable import BeijiangModel

@Suite struct KeyOrderTests {
  static func keys(_ pairs: [(String, JSONValue)]) -> [String] { pairs.map(\.0) }

  @Test(arguments: [
    (["b", "a"], ["x", "a", "y", "b"], ["b", "a", "x", "y"]),
    (
      ["kind", "start"], ["start", "sentence", "kind", "baseValue", "baseUnit"],
      [
        "kind", "start", "baseUnit", "baseValue", "sentence",
      ]
    ),
    (["id"], ["zeta", "Alpha", "alpha"], ["Alpha", "alpha", "zeta"]),
    ([], ["c", "b", "a"], ["a", "b", "c"]),
    (["a", "b"], [], []),
    (["a", "b", "c"], ["c", "a"], ["a", "c"]),
  ])
  func placesLeadingKeysFirstThenTheRestAlphabetically(
    leading: [String], keys: [String], expected: [String]
  ) {
    let pairs = keys.map { ($0, JSONValue.null) }
    #expect(Self.keys(KeyOrder(leading: leading).arrange(pairs)) == expected)
  }

  @Test func keepsValuesWithTheirKeys() {
    let arranged = KeyOrder(leading: ["kind"]).arrange(
      .object([("value", .number(2)), ("kind", .string("quantity"))]))
    #expect(arranged.text == #"{"kind":"quantity","value":2}"#)
  }

  @Test func leavesNestedObjectsAndOtherValuesAlone() {
    let order = KeyOrder(leading: ["b"])
    let nested = JSONValue.object([("z", .object([("b", .null), ("a", .null)])), ("b", .null)])
    #expect(order.arrange(nested).text == #"{"b":null,"z":{"b":null,"a":null}}"#)
    #expect(order.arrange(.array([.null])).text == "[null]")
  }

  @Test func equalKeysKeepTheirOrder() {
    let pairs: [(String, JSONValue)] = [("x", .number(1)), ("x", .number(2)), ("a", .number(3))]
    let arranged = KeyOrder(leading: ["a"]).arrange(pairs)
    #expect(arranged.map(\.1) == [.number(3), .number(1), .number(2)])
  }
}

@Suite struct ArrangedKeysTests {
  @Test(arguments: [
    (["kind", "start"], [1, 0], [#""start":"#, #""kind":"#], false),
    (["ke\"y", "北/疆", "a\u{2028}"], [0, 1, 2], [#""ke\"y":"#, #""北/疆":"#, #""a\u2028":"#], false),
    (["id", "kind", "id"], [1, 0, 2], [#""kind":"#, #""id":"#, #""id":"#], true),
    ([], [], [], false),
  ])
  func quotesEachKeyOnceInWrittenOrder(keys: [String], positions: [Int], quoted: [String], repeats: Bool) {
    let arranged = ArrangedKeys(keys, positions: positions)
    #expect(arranged.positions == positions)
    #expect(arranged.quoted.map { String(decoding: $0, as: UTF8.self) } == quoted)
    #expect(arranged.repeatKeys == repeats)
  }

  /// The arranger's keys write the same object as the order's arrangement, across runs of
  /// different keys and back.
  @Test func arrangerKeysWriteTheArrangedObject() {
    let order = KeyOrder(leading: ["kind", "start"])
    var arranger = KeyArranger(order)
    let objects: [[(String, JSONValue)]] = [
      [("value", .number(1)), ("kind", .string("a")), ("start", .integer(3))],
      [("value", .number(2)), ("kind", .string("b")), ("start", .integer(4))],
      [("name", .string("x")), ("start", .integer(5)), ("kind", .string("c")), ("id", .null)],
      [("value", .number(3)), ("kind", .string("d")), ("start", .integer(6))],
      [("kind", .string("e")), ("value", .number(4))],
    ]
    for pairs in objects {
      let keys = arranger.keys(for: pairs)
      let expected = order.arrange(.object(pairs)).text
      #expect(JSONValue.object(keys.positions.map { pairs[$0] }).text == expected)
      var writer = JSONTextWriter()
      writer.writeObject(pairs, keys: keys)
      #expect(writer.text == expected)
    }
  }
}
