/// English has no counters: 18条具体举措 reads `18 measures`, 300余名 `more than 300 people`. The
/// English noun is the one for what the figure counts (the head noun at the end of 具体举措, as
/// Chinese compounds end in their head), else the counter's own sense (名 people, 辆 vehicles),
/// else `items`. Words are the common nouns of Chinese public reporting, not any one article's.
enum EnglishCounts {
  /// Head nouns of counted things, with their English plural.
  static let nouns: [String: String] = [
    "措施": "measures", "举措": "measures", "方面": "aspects", "大事": "major tasks", "任务": "tasks",
    "项目": "projects", "工程": "projects", "企业": "companies", "公司": "companies", "基地": "bases",
    "口岸": "ports", "组织": "organizations", "机构": "institutions", "机关": "agencies", "部门": "departments",
    "成果": "achievements", "专利": "patents", "技术": "technologies", "产品": "products", "标准": "standards",
    "政策": "policies", "文件": "documents", "活动": "activities", "会议": "meetings", "岗位": "jobs",
    "问题": "problems", "平台": "platforms", "园区": "parks", "中心": "centres", "学校": "schools",
    "医院": "hospitals", "城市": "cities", "国家": "countries", "地区": "regions", "家庭": "households",
    "驿站": "service stations", "站点": "stations", "线路": "lines", "航线": "routes", "班列": "train services",
    "车辆": "vehicles", "工会": "unions", "职工": "workers", "工人": "workers", "工匠": "craftsmen",
    "人才": "skilled people", "党员": "party members", "干部": "officials", "志愿者": "volunteers",
    "学生": "students", "教师": "teachers", "案件": "cases", "领域": "fields", "行业": "industries",
    "环节": "stages", "指标": "indicators", "制度": "rules", "机制": "mechanisms", "行动": "campaigns",
    "方案": "plans", "课程": "courses", "比赛": "competitions", "奖项": "awards", "村": "villages",
    "盟市": "leagues and cities", "旗县": "banners and counties",
    "旗县区": "banners, counties and districts", "场馆": "venues", "景区": "scenic areas", "展会": "fairs",
    "合同": "contracts", "协议": "agreements",
  ]

  /// What a counter counts when the counted noun is unknown; people are always people.
  static let counters: [String: String] = [
    "名": "people", "位": "people", "人": "people", "场": "events", "辆": "vehicles", "艘": "ships",
    "架": "aircraft", "列": "trains", "家": "organizations", "座": "sites", "次": "times",
  ]

  /// The English noun for `count` things counted with `counter` and described as `counted`.
  static func noun(counter: String, counted: String?, count: Double?) -> String {
    let personCounters: Set<String> = ["名", "位", "人"]
    var plural = counters[counter] ?? "items"
    if !personCounters.contains(counter), let counted {
      for length in stride(from: min(4, counted.count), through: 1, by: -1) {
        if let word = nouns[String(counted.suffix(length))] {
          plural = word
          break
        }
      }
    }
    return count == 1 ? singular(plural) : plural
  }

  /// measures → measure, companies → company, craftsmen → craftsman; people and aircraft stay.
  static func singular(_ plural: String) -> String {
    if plural.hasSuffix("people") { return plural.dropLast(6) + "person" }
    if plural.hasSuffix("men") { return plural.dropLast(3) + "man" }
    if plural.hasSuffix("ies") { return plural.dropLast(3) + "y" }
    if plural.hasSuffix("s") { return String(plural.dropLast()) }
    return plural
  }
}
