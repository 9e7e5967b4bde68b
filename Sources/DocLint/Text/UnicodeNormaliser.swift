import Foundation

/// Per-line NFC with a map back to original columns.
///
/// Whole-string normalisation in Foundation is superlinear on Linux (swift-notes §5), so only
/// the combining sequences that hold marks are normalised, each on its own. Canonical
/// composition never crosses a starter in Vietnamese text, so this equals normalising the line.
enum UnicodeNormaliser {
    @inline(__always) static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x0300...0x036F).contains(value)
    }

    /// Returns nil when the line holds no combining mark (the common case: no work, no map).
    static func nfcWithColumnMap(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], map: [Int32])? {
        guard scalars.contains(where: isCombiningMark) else { return nil }
        var output: [Unicode.Scalar] = []
        var map: [Int32] = []
        output.reserveCapacity(scalars.count)
        map.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            // A segment is a starter followed by its combining marks.
            var end = index + 1
            while end < scalars.count, isCombiningMark(scalars[end]) { end += 1 }
            if end - index == 1 {
                output.append(scalars[index]); map.append(Int32(index))
            } else if let letter = composedLetter(scalars[index..<end]) {
                output.append(letter); map.append(Int32(index))
            } else {
                for scalar in compose(scalars[index..<end]) {
                    output.append(scalar); map.append(Int32(index))
                }
            }
            index = end
        }
        return (output, map)
    }

    /// NFC of one segment (a starter and its combining marks). Vietnamese letters come from a table
    /// made once from Foundation's own answers; anything else asks Foundation, which costs a String
    /// bridge per call (8 % of a repository run where many files are NFD).
    static func compose(_ segment: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        if let letter = composedLetter(segment) { return [letter] }
        return Array(String(scalars: segment).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// The precomposed Latin letter of a segment of two or three scalars, by a look-up of the
    /// scalars packed into one integer (no array is built per segment).
    @inline(__always) static func composedLetter(_ segment: ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        guard segment.count >= 2, segment.count <= 3 else { return nil }
        var key: UInt64 = 0
        for scalar in segment { key = key << 21 | UInt64(scalar.value) }
        return packedCompositions.value(WordHashTable.mixed(key)).map { Unicode.Scalar(UInt32($0))! }
    }

    /// `latinCompositions` keyed by the scalars packed 21 bits each (a scalar needs at most 21), in
    /// a `WordHashTable`: every letter of an NFD text is looked up, and a Dictionary's SipHash round
    /// per look-up was most of the cost. The keys go through `mixed` first: packed, their low bits are
    /// the mark's, which would crowd a few slots (`WordHashTable.mixed`, a bijection: no
    /// collision, and a packed key, never 0, never mixes to 0).
    static let packedCompositions: WordHashTable = {
        let sequences = latinCompositions.filter { $0.key.count <= 3 }
        var table = WordHashTable(capacity: sequences.count)
        for (sequence, letter) in sequences {
            table.insert(WordHashTable.mixed(sequence.reduce(0) { $0 << 21 | UInt64($1) }), value: Int32(letter.value), keepFirst: false)
        }
        return table
    }()


    /// Decomposed sequence → precomposed letter, for the Latin blocks (U+00C0–U+024F, U+1E00–U+1EFF):
    /// "e + ̂ + ́" and the half-composed "ê + ́" both give "ế".
    static let latinCompositions: [[UInt32]: Unicode.Scalar] = {
        var table: [[UInt32]: Unicode.Scalar] = [:]
        var byDecomposition: [[UInt32]: Unicode.Scalar] = [:]
        let letters = (0xC0...0x24F).compactMap(Unicode.Scalar.init) + (0x1E00...0x1EFF).compactMap(Unicode.Scalar.init)
        for letter in letters {
            let decomposed = String(letter).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            guard decomposed.count > 1, String(letter).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([letter]) else { continue }
            table[decomposed] = letter
            byDecomposition[decomposed] = letter
        }
        for (decomposed, letter) in byDecomposition where decomposed.count == 3 {
            if let half = byDecomposition[Array(decomposed.prefix(2))] { table[[half.value, decomposed[2]]] = letter }
        }
        return table
    }()
}

extension SourceLine {
    /// Original scalar ranges that are decomposed, with their NFC replacement.
    ///
    /// Read from the NFC view and its column map, not by decoding and composing the original again:
    /// every scalar NFC made of one original segment maps to the segment's first column, so a run
    /// of equal map entries whose original columns number more than one is a segment, and its NFC
    /// scalars are the replacement.
    public func decomposedSegments() -> [(range: Range<Int>, replacement: String)] {
        guard hadDecomposedText, let map = originalColumns, map.count == scalars.count else { return [] }
        var segments: [(range: Range<Int>, replacement: String)] = []
        var index = 0
        while index < scalars.count {
            var next = index + 1
            while next < scalars.count, map[next] == map[index] { next += 1 }
            let start = Int(map[index]), end = next < scalars.count ? Int(map[next]) : originalScalarCount
            // (A combining mark that opens the line has no letter to join: a segment of its own.)
            if end - start > 1 || UnicodeNormaliser.isCombiningMark(scalars[index]) {
                // Almost every segment is one Vietnamese letter: a String of one scalar is stored
                // inline, with no array and no heap buffer (an NFD document has hundreds).
                segments.append((start..<end, next - index == 1 ? String(scalars[index]) : String(scalars: scalars[index..<next])))
            }
            index = next
        }
        return segments
    }
}
