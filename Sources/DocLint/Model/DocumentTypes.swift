/// A document type with its Phụ lục III abbreviation (NĐ 30/2020/NĐ-CP) and the Party one
/// (HD 36-HD/VPTW, as reported in format-rules §2.4).
public struct DocumentType: Sendable {
    /// Vietnamese name as written in a title, upper case ("KẾ HOẠCH").
    public let name: String
    /// Folded name ("ke hoach").
    public let key: String
    /// State abbreviation with its exact case ("QyĐ", "CTr"); nil for công văn.
    public let stateCode: String?
    public let partyCodes: [String]
    public let kind: DocumentKind
    /// Legal normative documents (Nghị định, Thông tư, Luật) carry the year in their number.
    public let isNormative: Bool
}

public enum DocumentTypes {
    public static let all: [DocumentType] = [
        .init(name: "NGHỊ QUYẾT", key: "nghi quyet", stateCode: "NQ", partyCodes: ["NQ"], kind: .nghiQuyet, isNormative: false),
        .init(name: "QUYẾT ĐỊNH", key: "quyet dinh", stateCode: "QĐ", partyCodes: ["QĐ"], kind: .quyetDinh, isNormative: false),
        .init(name: "CHỈ THỊ", key: "chi thi", stateCode: "CT", partyCodes: ["CT"], kind: .chiThi, isNormative: false),
        .init(name: "QUY CHẾ", key: "quy che", stateCode: "QC", partyCodes: ["QC"], kind: .unknown, isNormative: false),
        .init(name: "QUY ĐỊNH", key: "quy dinh", stateCode: "QyĐ", partyCodes: ["QĐ", "QĐi"], kind: .unknown, isNormative: false),
        .init(name: "THÔNG CÁO", key: "thong cao", stateCode: "TC", partyCodes: [], kind: .unknown, isNormative: false),
        .init(name: "THÔNG BÁO", key: "thong bao", stateCode: "TB", partyCodes: ["TB"], kind: .thongBao, isNormative: false),
        .init(name: "HƯỚNG DẪN", key: "huong dan", stateCode: "HD", partyCodes: ["HD"], kind: .huongDan, isNormative: false),
        .init(name: "CHƯƠNG TRÌNH", key: "chuong trinh", stateCode: "CTr", partyCodes: ["CTr"], kind: .unknown, isNormative: false),
        .init(name: "KẾ HOẠCH", key: "ke hoach", stateCode: "KH", partyCodes: ["KH"], kind: .keHoach, isNormative: false),
        .init(name: "PHƯƠNG ÁN", key: "phuong an", stateCode: "PA", partyCodes: ["PA"], kind: .unknown, isNormative: false),
        .init(name: "ĐỀ ÁN", key: "de an", stateCode: "ĐA", partyCodes: ["ĐA"], kind: .unknown, isNormative: false),
        .init(name: "DỰ ÁN", key: "du an", stateCode: "DA", partyCodes: ["DA"], kind: .unknown, isNormative: false),
        .init(name: "BÁO CÁO", key: "bao cao", stateCode: "BC", partyCodes: ["BC"], kind: .baoCao, isNormative: false),
        .init(name: "BIÊN BẢN", key: "bien ban", stateCode: "BB", partyCodes: ["BB"], kind: .unknown, isNormative: false),
        .init(name: "TỜ TRÌNH", key: "to trinh", stateCode: "TTr", partyCodes: ["TTr"], kind: .toTrinh, isNormative: false),
        .init(name: "HỢP ĐỒNG", key: "hop dong", stateCode: "HĐ", partyCodes: [], kind: .unknown, isNormative: false),
        .init(name: "CÔNG ĐIỆN", key: "cong dien", stateCode: "CĐ", partyCodes: [], kind: .unknown, isNormative: false),
        .init(name: "BẢN GHI NHỚ", key: "ban ghi nho", stateCode: "BGN", partyCodes: [], kind: .unknown, isNormative: false),
        .init(name: "BẢN THỎA THUẬN", key: "ban thoa thuan", stateCode: "BTT", partyCodes: [], kind: .unknown, isNormative: false),
        .init(name: "GIẤY ỦY QUYỀN", key: "giay uy quyen", stateCode: "GUQ", partyCodes: [], kind: .unknown, isNormative: false),
        .init(name: "GIẤY MỜI", key: "giay moi", stateCode: "GM", partyCodes: ["GM"], kind: .giayMoi, isNormative: false),
        .init(name: "GIẤY GIỚI THIỆU", key: "giay gioi thieu", stateCode: "GGT", partyCodes: ["GGT"], kind: .unknown, isNormative: false),
        .init(name: "GIẤY NGHỈ PHÉP", key: "giay nghi phep", stateCode: "GNP", partyCodes: [], kind: .unknown, isNormative: false),
        .init(name: "PHIẾU GỬI", key: "phieu gui", stateCode: "PG", partyCodes: [], kind: .unknown, isNormative: false),
        .init(name: "PHIẾU CHUYỂN", key: "phieu chuyen", stateCode: "PC", partyCodes: [], kind: .unknown, isNormative: false),
        .init(name: "PHIẾU BÁO", key: "phieu bao", stateCode: "PB", partyCodes: [], kind: .unknown, isNormative: false),
        .init(name: "KẾT LUẬN", key: "ket luan", stateCode: nil, partyCodes: ["KL"], kind: .ketLuan, isNormative: false),
        .init(name: "THÔNG TRI", key: "thong tri", stateCode: nil, partyCodes: ["TT"], kind: .unknown, isNormative: false),
        .init(name: "CÔNG VĂN", key: "cong van", stateCode: nil, partyCodes: ["CV"], kind: .congVan, isNormative: false),
        .init(name: "VĂN BẢN", key: "van ban", stateCode: nil, partyCodes: ["CV"], kind: .congVan, isNormative: false),
        .init(name: "NGHỊ ĐỊNH", key: "nghi dinh", stateCode: "NĐ", partyCodes: [], kind: .unknown, isNormative: true),
        .init(name: "THÔNG TƯ", key: "thong tu", stateCode: "TT", partyCodes: [], kind: .unknown, isNormative: true),
        .init(name: "THÔNG TƯ LIÊN TỊCH", key: "thong tu lien tich", stateCode: "TTLT", partyCodes: [], kind: .unknown, isNormative: true),
        .init(name: "LUẬT", key: "luat", stateCode: nil, partyCodes: [], kind: .unknown, isNormative: true),
    ]

    /// Types that may stand as a document title (the ones of NĐ 30 Điều 7 and Party kết luận).
    public static let titleTypes: [DocumentType] = all.filter { !$0.isNormative && $0.key != "cong van" && $0.key != "van ban" }

    /// State type codes with their exact case (Phụ lục III), including copies.
    public static let stateCodes: Set<String> = Set(all.compactMap(\.stateCode)).union(["SY", "TrS", "SL"])
    /// Codes that pre-date NĐ 30 and their modern form (TTLT 55/2005 → Phụ lục III).
    public static let obsoleteStateCodes: [String: String] = ["GT": "GGT", "NP": "GNP", "TS": "TrS"]

    /// Whether two type codes are the same letters but for their marks: OCR and stripped text
    /// cannot tell "HD" (hướng dẫn) from "HĐ" (hợp đồng), so rules compare codes this way there.
    public static func codesReadAlike(_ first: String, _ second: String) -> Bool {
        VietnameseFold.fold(first) == VietnameseFold.fold(second)
    }
    public static let partyCodes: Set<String> = Set(all.flatMap(\.partyCodes)).union(["BS", "QH", "TTr"])

    public static func byKey(_ key: String) -> DocumentType? { index(ofKey: key).map { all[$0] } }
    /// Position in `all` of the type with folded name `key`.
    static func index(ofKey key: String) -> Int? { indexByKey[key] }
    private static let indexByKey: [String: Int] = Dictionary(all.indices.map { (all[$0].key, $0) }, uniquingKeysWith: { first, _ in first })

    /// Every type whose State or Party code is `code` (exact case: "QĐ" and "Qđ" differ).
    public static func types(forCode code: String, party: Bool) -> [DocumentType] {
        (party ? typesByPartyCode : typesByStateCode)[code] ?? []
    }
    // Asked for every citation by several rules: tables, not a filter over every type.
    private static let typesByStateCode: [String: [DocumentType]] = Dictionary(grouping: all.filter { $0.stateCode != nil }, by: { $0.stateCode! })
    private static let typesByPartyCode: [String: [DocumentType]] = {
        var table: [String: [DocumentType]] = [:]
        for type in all { for code in Set(type.partyCodes) { table[code, default: []].append(type) } }
        return table
    }()
}
