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
            } else {
                let composed = String(scalars: scalars[index..<end]).precomposedStringWithCanonicalMapping.unicodeScalars
                for scalar in composed {
                    output.append(scalar); map.append(Int32(index))
                }
            }
            index = end
        }
        return (output, map)
    }

    /// The original segments (start, end) of a line that hold combining marks: what the
    /// `unicode-nfc` fix rewrites.
    static func decomposedSegments(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            var end = index + 1
            while end < scalars.count, isCombiningMark(scalars[end]) { end += 1 }
            if end - index > 1 || isCombiningMark(scalars[index]) { segments.append(index..<end) }
            index = end
        }
        return segments
    }
}

extension SourceLine {
    /// Original scalar ranges that are decomposed, with their NFC replacement.
    public func decomposedSegments() -> [(range: Range<Int>, replacement: String)] {
        let originalScalars = Array(original.unicodeScalars)
        return UnicodeNormaliser.decomposedSegments(originalScalars).map { range in
            (range, String(scalars: originalScalars[range]).precomposedStringWithCanonicalMapping)
        }
    }
}
