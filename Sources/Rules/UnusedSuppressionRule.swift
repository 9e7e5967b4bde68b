import DocLint

/// The behaviour lives in the engine (it needs every other rule's findings, like SwiftLint's
/// superfluous_disable_command); this file gives it an id, a severity and its examples.
struct UnusedSuppressionRule: DocumentRule {
    static let description = RuleDescription(
        id: Suppressions.unusedRuleID,
        name: "Chú thích tắt quy tắc không dùng đến",
        summary: message("Chú thích “<!-- doclint-disable… -->” phải che ít nhất một lỗi và chỉ nêu quy tắc có thật", "A “<!-- doclint-disable… -->” comment must silence something and name real rules"),
        rationale: message("Thực tiễn của các công cụ kiểm tra (ruff RUF100, SwiftLint superfluous_disable_command): chú thích tắt quy tắc còn sót lại sau khi văn bản đã sửa sẽ che mất lỗi mới về sau. Chú thích nêu quy tắc đang tắt trong rules.yml không bị đánh giá.",
                           "Linter practice (ruff RUF100, SwiftLint superfluous_disable_command): a suppression left over after the text was fixed would hide future findings. A suppression for a rule switched off in rules.yml is not judged."),
        source: "Thực tiễn công cụ kiểm tra (linter-conventions)",
        category: .text,
        defaultSeverity: .warning,
        nonTriggering: [
            "<!-- doclint-disable-next-line luu-line -->\nNơi nhận:\n- Như trên;\n- Lưu VT, VX.",
        ],
        triggering: [
            "↓<!-- doclint-disable-next-line -->\nĐề nghị các cơ quan thực hiện.",
            "↓<!-- doclint-disable-next-line khong-co-quy-tac -->\nĐề nghị các cơ quan thực hiện.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] { [] }
}
