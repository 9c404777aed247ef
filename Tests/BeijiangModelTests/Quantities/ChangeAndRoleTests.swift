import Testing

@testable import BeijiangModel

/// Change figures and the three roles.
@Suite struct ChangeAndRoleTests {
  struct Change: Sendable, CustomTestStringConvertible {
    let text: String
    let surface: String
    let direction: QuantityMention.ChangeDirection
    let kind: QuantityMention.ChangeKind
    var basis: String? = nil
    var changed: String? = nil

    var testDescription: String { text }
  }

  @Test(arguments: [
    Change(
      text: "全区规模以上工业增加值同比增长6.3%", surface: "6.3%", direction: .increase, kind: .amount,
      basis: "year-on-year",
      changed: "全区规模以上工业增加值"),
    Change(text: "城镇登记失业率下降2个百分点", surface: "2个百分点", direction: .decrease, kind: .amount, changed: "城镇登记失业率"),
    Change(text: "从业人员增加1200人", surface: "1200人", direction: .increase, kind: .amount, changed: "从业人员"),
    Change(text: "森林覆盖率提高至88%", surface: "88%", direction: .increase, kind: .level, changed: "森林覆盖率"),
    Change(text: "经济总量翻一番", surface: "翻一番", direction: .increase, kind: .level, changed: "经济总量"),
    Change(
      text: "能耗环比下降了3.5%", surface: "3.5%", direction: .decrease, kind: .amount, basis: "period-on-period"),
    Change(text: "成本降至每吨300元", surface: "300元", direction: .decrease, kind: .level),
    Change(text: "降幅为1.2%", surface: "1.2%", direction: .decrease, kind: .amount),
    Change(text: "利润同比-22.2%", surface: "-22.2%", direction: .decrease, kind: .amount, basis: "year-on-year"),
    Change(text: "进口运量比上年增长15%", surface: "15%", direction: .increase, kind: .amount, basis: "year-on-year"),
  ])
  func readsChanges(_ expected: Change) throws {
    let found = MetricsFixtures.quantities(expected.text).first { $0.surface == expected.surface }
    let mention = try #require(found, "\(expected.text)")
    #expect(mention.change == expected.direction, "\(expected.text)")
    #expect(mention.changeKind == expected.kind, "\(expected.text)")
    #expect(mention.changeBasis == expected.basis, "\(expected.text)")
    if let changed = expected.changed { #expect(mention.changed == changed, "\(expected.text)") }
    #expect(mention.role == .achieved, "\(expected.text)")
  }

  @Test(arguments: [
    "新增就业岗位2万个", "起降1200架次", "工业增加值1200亿元", "覆盖率为88%",
  ])
  func levelsAreNoChanges(text: String) {
    #expect(MetricsFixtures.quantities(text).allSatisfy { $0.change == nil }, "\(text)")
  }

  @Test(arguments: [
    ("计划投资50亿元", QuantityMention.Role.plan), ("拟新建变电站3座", .plan), ("规划建设口岸通道2条", .plan),
    ("力争完成造林100万亩", .target), ("预计年产值达到8亿元", .target),
    ("项目将带动就业3000人", .target), ("目标是建成5个基地", .target), ("到2027年，装机达到1亿千瓦", .target),
    ("争取上级经费6138万元", .achieved), ("争取到资金300万元", .achieved), ("已完成投资12亿元", .achieved),
    ("累计培训职工2万人次", .achieved), ("实现营业收入5亿元", .achieved), ("今年新建学校3所", .achieved),
    ("全旗共有牧户1200户", .current), ("服务热用户21.72万户", .current), ("边境线长4200多公里", .current),
    ("全市总面积1.7万平方公里", .current),
  ])
  func readsRoles(text: String, role: QuantityMention.Role) {
    #expect(MetricsFixtures.quantities(text).first?.role == role, "\(text)")
  }
}
