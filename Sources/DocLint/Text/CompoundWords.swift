/// Two-syllable words of administrative Vietnamese ("hành vi", "vi phạm", "đầu tư", "tư nhân"),
/// folded: the two-syllable items of `RestorationLexicon`, the vocabulary written for doclint.
/// A syllable written twice where one such word ends and the next begins ("hành vi vi phạm",
/// "sản xuất xuất khẩu") is Vietnamese, not a slip.
public enum CompoundWords {
    /// "a b" folded (lower-case ASCII, marks dropped, "đ" as "d").
    static let folded: Set<[UInt8]> = {
        var pairs = Set<[UInt8]>()
        for (syllables, _) in RestorationLexicon.phrases() where syllables.count == 2 {
            pairs.insert(VietnameseFold.fold(syllables[0]) + [0x20] + VietnameseFold.fold(syllables[1]))
        }
        return pairs
    }()

    /// Whether the folded words `first` and `second` make a word of the lexicon.
    public static func contains(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) -> Bool {
        folded.contains(Array(first) + [0x20] + Array(second))
    }
}
