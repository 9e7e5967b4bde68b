import Foundation

/// Word-level matching on the folded key of a line or stream.
struct FoldedWords {
    let bytes: [UInt8]
    let ranges: [Range<Int>]

    /// `limit`: stop after that many words (a prefix test needs no more, even on a 5 MB line).
    init(_ bytes: [UInt8], limit: Int = .max) {
        self.bytes = bytes
        var ranges: [Range<Int>] = []
        // Vietnamese words are short (2–7 letters and a space, 4.5 bytes on average): a fifth of
        // the bytes was too few and made most arrays grow once (a copy); a quarter rarely does.
        ranges.reserveCapacity(min(limit, bytes.count / 4 + 2))
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count, ranges.count < limit {
                if VietnameseFold.isWordByte(bytes[index]) {
                    let start = index
                    while index < bytes.count, VietnameseFold.isWordByte(bytes[index]) || bytes[index] == VietnameseFold.ignorable { index += 1 }
                    ranges.append(start..<index)
                } else {
                    index += 1
                }
            }
        }
        self.ranges = ranges
    }

    var count: Int { ranges.count }
    /// Word `index`'s hash for `PhraseSet.exactCandidates(_:at:hash:)`.
    func hash(_ index: Int) -> UInt64 { WordHashTable.hash(bytes: bytes, ranges[index]) }
    func word(_ index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }
    func string(_ index: Int) -> String { String(decoding: word(index), as: UTF8.self) }

    /// Whether words `at…` spell `phrase` (folded words), exactly or — for OCR text — within one
    /// edit per word of three letters or more.
    func matches(_ phrase: [[UInt8]], at start: Int, fuzzy: Bool) -> Bool {
        guard start >= 0, start + phrase.count <= ranges.count else { return false }
        for offset in 0..<phrase.count where !matchesWord(phrase[offset], at: start + offset, fuzzy: fuzzy) { return false }
        return true
    }

    /// Whether word `index` (which must exist) is `target`, exactly or within one edit (fuzzy, three
    /// letters or more). The hot test of the parser (every word against dozens of phrases): length
    /// and first byte reject almost every candidate before a byte-by-byte comparison.
    @inline(__always) func matchesWord(_ target: [UInt8], at index: Int, fuzzy: Bool) -> Bool {
        let range = ranges[index]
        if range.count == target.count, bytes[range.lowerBound] == target[0], bytes[range].equals(target) { return true }
        return fuzzy && target.count >= 3 && Fuzzy.withinOneEdit(bytes[range], target[...])
    }

    /// First word index at or after `from` where `phrase` starts.
    func find(_ phrase: [[UInt8]], from: Int = 0, fuzzy: Bool) -> Int? {
        guard !phrase.isEmpty, from <= ranges.count - phrase.count else { return nil }
        for start in from...(ranges.count - phrase.count) where matches(phrase, at: start, fuzzy: fuzzy) {
            return start
        }
        return nil
    }

    /// Index of the first word that starts at or after byte `offset`.
    func wordIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

enum Fuzzy {
    static func equal(_ word: ArraySlice<UInt8>, _ target: [UInt8], fuzzy: Bool) -> Bool {
        if word.equals(target) { return true }
        guard fuzzy, target.count >= 3 else { return false }
        return withinOneEdit(word, target[...])
    }

    /// Levenshtein distance ≤ 1, in linear time (on slices: no copy per comparison).
    static func withinOneEdit(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = a.startIndex, j = b.startIndex, edits = 0
        while i < a.endIndex && j < b.endIndex {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if a.count < b.count { j += 1 } else { i += 1; j += 1 }
        }
        edits += (a.endIndex - i) + (b.endIndex - j)
        return edits <= 1
    }
}

/// A phrase given as a folded string ("noi nhan") split into words.
/// Works on the UTF-8 bytes directly: it is called in hot loops, and String.split walks Characters.
func phrase(_ text: String) -> [[UInt8]] {
    var words: [[UInt8]] = []
    var current: [UInt8] = []
    for byte in text.utf8 {
        if byte == 0x20 { if !current.isEmpty { words.append(current); current.removeAll(keepingCapacity: true) } }
        else { current.append(byte) }
    }
    if !current.isEmpty { words.append(current) }
    return words
}

/// Folded words to test other folded words against ("thuc", "hien", "nay"), by their hash in a
/// `WordHashTable`: a `Set<ArraySlice<UInt8>>` hashed every word tested through SipHash (the task
/// extractor tests every word of a closing sentence). Two words with one 64-bit hash are not
/// expected among a few dozen short words, as for every table of the text layer.
struct FoldedWordSet {
    private let table: WordHashTable

    init(_ words: [String]) {
        var table = WordHashTable(capacity: words.count)
        for word in words { table.insert(WordHashTable.hash(bytes: Array(word.utf8))) }
        self.table = table
    }

    func contains(_ word: ArraySlice<UInt8>) -> Bool { table.contains(WordHashTable.hash(bytes: word)) }
}

/// Phrases grouped by the first byte of their first word, in their original order, so that a
/// test of every word against a long list (agency heads, stop words, deadline triggers) looks at
/// a handful of candidates. Only for exact matching: OCR errors may change the first letter.
struct PhraseSet {
    private let byFirstByte: [[[[UInt8]]]]
    /// Whether any phrase starts with that byte: most words start none, and answering from a flag
    /// spares retaining an empty bucket at every word.
    private let starts: [Bool]

    /// Phrases grouped by their whole first word, for exact matching: a word starting with "t"
    /// ("tháng", "tỉnh", "trong") no longer tries every phrase starting with "t".
    private let byFirstWord: WordHashTable
    private let groups: [[[[UInt8]]]]
    /// The hashes of the phrases' first words (`FoldedWords.hash(_:)`).
    let firstWordHashes: [UInt64]

    init(_ phrases: [[[UInt8]]]) {
        var table = [[[[UInt8]]]](repeating: [], count: 256)
        for phrase in phrases where !phrase.isEmpty && !phrase[0].isEmpty { table[Int(phrase[0][0])].append(phrase) }
        byFirstByte = table
        starts = table.map { !$0.isEmpty }
        var groupOf: [[UInt8]: Int] = [:]
        var groups: [[[[UInt8]]]] = []
        for phrase in phrases where !phrase.isEmpty && !phrase[0].isEmpty {
            if let group = groupOf[phrase[0]] { groups[group].append(phrase) } else { groupOf[phrase[0]] = groups.count; groups.append([phrase]) }
        }
        var index = WordHashTable(capacity: max(1, groups.count))
        for (first, group) in groupOf { index.insert(WordHashTable.hash(bytes: first), value: Int32(group)) }
        byFirstWord = index
        firstWordHashes = groupOf.keys.map { WordHashTable.hash(bytes: $0) }
        self.groups = groups
    }

    /// The phrases that may start at word `index`, in the order they were given (by first letter:
    /// what fuzzy matching needs).
    func candidates(_ words: FoldedWords, at index: Int) -> [[[UInt8]]] {
        guard index >= 0, index < words.count else { return [] }
        let first = Int(words.bytes[words.ranges[index].lowerBound])
        return starts[first] ? byFirstByte[first] : []
    }

    /// The phrases whose first word is exactly the word at `index`, in the order they were given:
    /// for exact matching.
    func exactCandidates(_ words: FoldedWords, at index: Int) -> [[[UInt8]]] {
        guard index >= 0, index < words.count else { return [] }
        return exactCandidates(words, at: index, hash: WordHashTable.hash(bytes: words.bytes, words.ranges[index]))
    }

    /// The same, given the word's hash (`FoldedWords.hash(_:)`): a scan that tries several sets at
    /// each word hashes it once.
    func exactCandidates(_ words: FoldedWords, at index: Int, hash: UInt64) -> [[[UInt8]]] {
        guard starts[Int(words.bytes[words.ranges[index].lowerBound])], let group = byFirstWord.value(hash) else { return [] }
        return groups[Int(group)]
    }

    /// The first words of all `sets`, for a scan that tries several sets at every word: one probe
    /// tells that none of them can start at a word (most words), where each set's own look-up
    /// costs a probe and a retained array.
    static func firstWords(of sets: [PhraseSet]) -> WordHashTable {
        let hashes = Set(sets.flatMap(\.firstWordHashes))
        var table = WordHashTable(capacity: hashes.count)
        for hash in hashes { table.insert(hash) }
        return table
    }

    /// The first phrase (in the given order) that the words at `index` spell exactly.
    func firstMatch(_ words: FoldedWords, at index: Int) -> [[UInt8]]? {
        exactCandidates(words, at: index).first { words.matches($0, at: index, fuzzy: false) }
    }
}

extension SourceLine {
    /// Folded words of the line.
    var words: FoldedWords { FoldedWords(folded) }

    /// Whether the line's first words spell `phrase`.
    func starts(with words: [[UInt8]], fuzzy: Bool) -> Bool {
        starts(withAnyOf: [words], longest: words.count, fuzzy: fuzzy)
    }

    /// Whether the line's first words spell one of `phrases` (`longest`: the most words any has);
    /// the line's words are found once for all of them.
    func starts(withAnyOf phrases: [[[UInt8]]], longest: Int, fuzzy: Bool) -> Bool {
        // Exact text: the first letter settles almost every line before its words are split.
        if !fuzzy {
            var first = indentation
            while first < folded.count, folded[first] == 0x2D || folded[first] == 0x2B || folded[first] == 0x20 { first += 1 }
            guard first < folded.count, phrases.contains(where: { $0.first?.first == folded[first] }) else { return false }
        }
        let lineWords = FoldedWords(folded, limit: longest)
        guard let first = lineWords.ranges.first else { return false }
        // Only punctuation may stand before the phrase ("- ", "+ ").
        for index in indentation..<first.lowerBound where folded[index] != 0x2D && folded[index] != 0x2B && folded[index] != 0x20 {
            return false
        }
        return phrases.contains { lineWords.matches($0, at: 0, fuzzy: fuzzy) }
    }

    /// True when the letters of the line are (almost) all capitals: headings, signature titles.
    public var isUpperCase: Bool {
        // A heading in capitals is short; an oversized line is never one (and scanning it is costly).
        guard !isOversized else { return false }
        var upper = 0, lower = 0
        for scalar in scalars where scalar.isAlphabeticFast {
            if scalar.isUppercaseFast { upper += 1 } else if scalar.isLowercaseFast { lower += 1 }
        }
        return upper >= 2 && lower * 10 <= upper
    }
}

/// Several lines joined with one space, with a map from each scalar back to (line, NFC column):
/// references and deadlines are split across lines and page breaks in real documents.
struct TextStream {
    var scalars: [Unicode.Scalar] = []
    var folded: [UInt8] = []
    /// One entry per appended stretch of a line: where it starts in the stream, and which line and
    /// NFC column that is. (Per-scalar maps cost 8 bytes a scalar: 70 MB on a 9 MB document.)
    private var segments: [(offset: Int32, line: Int32, column: Int32)] = []

    init(lines: [SourceLine], indices: [Int]) {
        var capacity = 0
        for index in indices { capacity += lines[index].trimmedEnd - lines[index].indentation + 1 }
        scalars.reserveCapacity(capacity)
        folded.reserveCapacity(capacity)
        segments.reserveCapacity(indices.count)
        for index in indices { append(lines[index], index: index) }
    }

    /// Room for the given lines, so that appending them reallocates nothing; not for one line,
    /// whose storage a stream shares instead.
    mutating func reserve(lines: [SourceLine], indices: some Collection<Int>) {
        guard indices.count > 1 else { return }
        var capacity = 0
        for index in indices { capacity += lines[index].trimmedEnd - lines[index].indentation + 1 }
        scalars.reserveCapacity(capacity)
        folded.reserveCapacity(capacity)
        segments.reserveCapacity(indices.count)
    }

    mutating func append(_ line: SourceLine, index: Int, from column: Int = 0) {
        let start = max(line.indentation, column)
        let end = line.trimmedEnd
        guard start < end else { return }
        if scalars.capacity == 0, start == 0, end == line.scalars.count {
            // A whole line first (a one-line stream, the commonest): share its storage, no copy.
            segments.append((0, Int32(index), 0))
            scalars = line.scalars
            folded = line.folded
            return
        }
        // The joining space belongs to the stretch before it: one column past its end.
        if !scalars.isEmpty { scalars.append(" "); folded.append(0x20) }
        segments.append((Int32(scalars.count), Int32(index), Int32(start)))
        scalars.append(contentsOf: line.scalars[start..<end])
        folded.append(contentsOf: line.folded[start..<end])
    }

    var count: Int { scalars.count }

    /// (line, NFC column) of stream offset `offset` (which must be < count).
    private func location(_ offset: Int) -> (line: Int, column: Int) {
        guard !segments.isEmpty else { return (0, 0) }
        var low = 0, high = segments.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(segments[middle].offset) <= offset { low = middle } else { high = middle }
        }
        let segment = segments[low]
        return (Int(segment.line), Int(segment.column) + offset - Int(segment.offset))
    }

    func span(_ range: Range<Int>) -> TextSpan {
        let lower = min(range.lowerBound, max(0, count - 1))
        let upper = max(lower, min(range.upperBound, count) - 1)
        let start = location(lower), end = location(upper)
        return TextSpan(startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column + 1)
    }

    /// An empty span (an insertion point) at stream offset `offset`, which may equal `count`.
    func point(_ offset: Int) -> TextSpan {
        guard count > 0 else { return TextSpan(line: 0, columns: 0..<0) }
        let at = offset < count ? location(offset) : { let last = location(count - 1); return (last.line, last.column + 1) }()
        return TextSpan(line: at.line, columns: at.column..<at.column)
    }

    func text(_ range: Range<Int>) -> String {
        let lower = max(0, range.lowerBound)
        return String(scalars: scalars[lower..<max(lower, min(count, range.upperBound))])
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes: memchr for its first byte, memcmp for the rest (the
    /// generic `firstRange(of:)` cost a tenth of a run when asked of every line).
    public func containsBytes(_ needle: [UInt8]) -> Bool { firstOffset(of: needle) != nil }

    /// Where `needle` first occurs at or after `start`, the same way.
    public func firstOffset(of needle: [UInt8], from start: Int = 0) -> Int? {
        withUnsafeBufferPointer { haystack in needle.withUnsafeBufferPointer { Bytes.firstOffset(of: $0, in: haystack, from: start) } }
    }
}

extension StringProtocol {
    /// Whether `text` occurs in this string, byte for byte (UTF-8; both NFC, as the document's
    /// text is). With Foundation imported, `contains("…")` is NSString's search: it showed in the
    /// profile where asked of every document.
    public func containsBytes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { needle in
            utf8.withContiguousStorageIfAvailable { Bytes.firstOffset(of: needle, in: $0, from: 0) != nil }
                ?? Array(utf8).withUnsafeBufferPointer { Bytes.firstOffset(of: needle, in: $0, from: 0) != nil }
        }
    }
}

extension ArraySlice where Element == UInt8 {
    /// Whether these bytes spell `word` (a folded word against an ASCII literal): the length first,
    /// then memcmp. `elementsEqual("voi".utf8)` walked both through generic iterators, at every word
    /// of every agency list (0.8 % of a run).
    @inline(__always) public func equals(_ word: StaticString) -> Bool {
        guard count == word.utf8CodeUnitCount else { return false }
        guard count > 0 else { return true }
        return withUnsafeBufferPointer { memcmp($0.baseAddress!, word.utf8Start, $0.count) == 0 }
    }

    /// The same against another folded word (a phrase table's), compared by memcmp:
    /// `elementsEqual` cost 86 instructions for a three-letter word.
    @inline(__always) public func equals(_ other: [UInt8]) -> Bool {
        guard count == other.count else { return false }
        guard count > 0 else { return true }
        return withUnsafeBufferPointer { mine in other.withUnsafeBufferPointer { memcmp(mine.baseAddress!, $0.baseAddress!, mine.count) == 0 } }
    }
}

extension Array where Element == UInt8 {
    /// `ArraySlice.equals(_:)` for a whole array.
    @inline(__always) public func equals(_ word: StaticString) -> Bool { self[...].equals(word) }
    @inline(__always) public func equals(_ other: [UInt8]) -> Bool { self[...].equals(other) }
}

/// Small byte helpers over folded keys.
enum Bytes {
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Where `needle` first occurs in `haystack` at or after `start`: memchr for its first byte
    /// that is not a space, memcmp for the whole. (Needles like " ngay " anchored on their space
    /// stopped at every word of every line.)
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty else { return start <= haystack.count ? start : nil }
        guard start >= 0, haystack.count - start >= needle.count else { return nil }
        let anchor = needle.firstIndex { $0 != 0x20 } ?? 0
        let anchorByte = Int32(needle[anchor])
        var position = start
        let last = haystack.count - needle.count
        while position <= last {
            guard let found = memchr(haystack.baseAddress! + position + anchor, anchorByte, last - position + 1) else { return nil }
            position = haystack.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self)) - anchor
            if memcmp(haystack.baseAddress! + position, needle.baseAddress!, needle.count) == 0 { return position }
            position += 1
        }
        return nil
    }
    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9, bytes.allSatisfy(isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
