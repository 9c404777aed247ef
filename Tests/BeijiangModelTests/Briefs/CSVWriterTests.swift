import Foundation
import Testing

@testable import BeijiangModel

@Suite struct CSVWriterTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("", ""),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("\"", "\"\"\"\""),
    ("line\nbreak", "\"line\nbreak\""),
    ("carriage\rreturn", "\"carriage\rreturn\""),
    ("windows\r\nbreak", "\"windows\r\nbreak\""),
    ("  spaces kept  ", "  spaces kept  "),
    ("semi;colon", "semi;colon"),
    ("4亿元左右", "4亿元左右"),
    ("供热面积覆盖呼和浩特市3235万平方米", "供热面积覆盖呼和浩特市3235万平方米"),
    ("中文，全角逗号", "中文，全角逗号"),
    ("“全角引号”", "“全角引号”"),
    ("北疆,工匠", "\"北疆,工匠\""),
    ("他说\"好\"", "\"他说\"\"好\"\"\""),
  ])
  func quotesAFieldOnlyWhenRFC4180RequiresIt(input: String, expected: String) {
    #expect(CSVWriter.field(input) == expected)
  }

  @Test func endsEveryRecordWithCRLFIncludingTheLast() throws {
    let text = try CSVWriter().text(header: ["a", "b"], rows: [["1", "2"], ["3", "4"]])
    #expect(text == "a,b\r\n1,2\r\n3,4\r\n")
  }

  @Test func writesAHeaderAloneWhenThereAreNoRows() throws {
    #expect(try CSVWriter().text(header: ["value", "unit"], rows: []) == "value,unit\r\n")
  }

  @Test func writesChineseTextAsUTF8WithoutAByteOrderMarkByDefault() throws {
    let data = try CSVWriter().data(header: ["单位"], rows: [["亩"]])
    #expect(Array(data) == Array("单位\r\n亩\r\n".utf8))
    #expect(Array(data.prefix(3)) != [0xEF, 0xBB, 0xBF])
  }

  @Test func prefixesTheByteOrderMarkWhenAsked() throws {
    let data = try CSVWriter(includesByteOrderMark: true).data(header: ["单位"], rows: [["元"]])
    #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(Array(data.dropFirst(3)) == Array("单位\r\n元\r\n".utf8))
  }

  @Test func quotesFieldsInsideAFullTable() throws {
    let text = try CSVWriter().text(
      header: ["surface", "source"],
      rows: [["4200多公里", "建成4200多公里，\"北疆\"绿色长城"], ["a\nb", "x,y"]])
    #expect(text == "surface,source\r\n4200多公里,\"建成4200多公里，\"\"北疆\"\"绿色长城\"\r\n\"a\nb\",\"x,y\"\r\n")
  }

  @Test func rejectsARowOfTheWrongWidth() {
    #expect(throws: CSVError.rowWidth(row: 1, expected: 2, found: 3)) {
      try CSVWriter().text(header: ["a", "b"], rows: [["1", "2"], ["1", "2", "3"]])
    }
  }

  @Test func aFieldRoundTripsThroughAMinimalRFC4180Reader() {
    let awkward = ["", "a,b", "\"", "x\r\ny", "普通", "\"\"", ",\n\""]
    let line = CSVWriter.record(awkward)
    #expect(parseRecord(line) == awkward)
  }

  /// A deliberately small reader for one record, written from the RFC's grammar, to check that what
  /// the writer produces reads back to the same fields.
  private func parseRecord(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var inQuotes = false
    var scalars = Array(line.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if inQuotes {
        if scalar == "\"" {
          if scalars.first == "\"" {
            current.unicodeScalars.append("\"")
            scalars.removeFirst()
          } else {
            inQuotes = false
          }
        } else {
          current.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        inQuotes = true
      } else if scalar == "," {
        fields.append(current)
        current = ""
      } else if scalar == "\r" && scalars.first == "\n" {
        break
      } else {
        current.unicodeScalars.append(scalar)
      }
    }
    fields.append(current)
    return fields
  }
}
