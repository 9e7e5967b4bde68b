/// A fixed table from 64-bit word hashes to small integers, for look-ups made at every word of
/// every document (syllable lists, phrase heads). Open addressing on a power-of-two array: no
/// `Hasher` round and no allocation per look-up, which `Set<String>` and `Dictionary` cost.
public struct WordHashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    public private(set) var count = 0

    public init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](copies: 0, count: size)
        values = [Int32](copies: 0, count: size)
        mask = size - 1
    }

    /// FNV-1a over scalar values; never 0 (0 marks an empty slot). Concrete types, not generics:
    /// a generic from another module runs unspecialised, through witness tables.
    public static func hash(scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x100000001b3 }
        return hash == 0 ? 1 : hash
    }
    public static func hash(_ word: String) -> UInt64 { hash(scalars: ArraySlice(word.unicodeScalars)) }
    /// The hash of `scalars[range]`, without the slice (a retain and a release per word).
    public static func hash(scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for index in range { hash = (hash ^ UInt64(scalars[index].value)) &* 0x100000001b3 }
        return hash == 0 ? 1 : hash
    }

    /// FNV-1a over bytes (a folded word); never 0.
    public static func hash(bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash == 0 ? 1 : hash
    }
    public static func hash(bytes: [UInt8]) -> UInt64 { hash(bytes: bytes[...]) }
    /// The hash of `bytes[range]`, without the slice.
    public static func hash(bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for index in range { hash = (hash ^ UInt64(bytes[index])) &* 0x100000001b3 }
        return hash == 0 ? 1 : hash
    }

    /// SplitMix64's finaliser: a bijection on 64 bits (distinct keys stay distinct, only 0 gives 0)
    /// that spreads nearby values over all bits — for keys whose low bits alone would crowd a few
    /// slots, and for mixing one more value into a key.
    @inline(__always) public static func mixed(_ key: UInt64) -> UInt64 {
        var z = key
        z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9
        z = (z ^ (z >> 27)) &* 0x94d049bb133111eb
        return z ^ (z >> 31)
    }

    /// Sets `key`'s value (the first value stays when the key is already there and `keepFirst`).
    /// A table half full doubles first, so that probes stay short.
    public mutating func insert(_ key: UInt64, value: Int32 = 0, keepFirst: Bool = true) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 {
            if keys[slot] == key { if !keepFirst { values[slot] = value }; return }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    public func value(_ key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    public func contains(_ key: UInt64) -> Bool { value(key) != nil }

    /// Empties the table, keeping its size.
    public mutating func removeAll() {
        for slot in keys.indices { keys[slot] = 0 }
        count = 0
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](copies: 0, count: oldKeys.count * 2)
        values = [Int32](copies: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for slot in oldKeys.indices where oldKeys[slot] != 0 { insert(oldKeys[slot], value: oldValues[slot], keepFirst: false) }
    }
}

/// Answers by a 64-bit key that is already a hash (a word's, a phrase's): a `WordHashTable` from
/// the key to the answer's place, where `Dictionary` would hash the hash again through SipHash
/// (a restorer's look-ups are per word of every OCR text).
struct HashedAnswers<Answer> {
    private var places: WordHashTable
    private var answers: [Answer] = []

    init(capacity: Int) {
        places = WordHashTable(capacity: capacity)
        answers.reserveCapacity(capacity)
    }

    var count: Int { answers.count }

    /// (0 marks an empty slot of the table: a key of 0 is stored as 1.)
    @inline(__always) private static func slotKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    subscript(key: UInt64) -> Answer? {
        guard let place = places.value(Self.slotKey(key)) else { return nil }
        return answers[Int(place)]
    }

    /// Stores `answer` for `key` (a later answer for a known key replaces it).
    mutating func set(_ key: UInt64, _ answer: Answer) {
        if let place = places.value(Self.slotKey(key)) { answers[Int(place)] = answer; return }
        places.insert(Self.slotKey(key), value: Int32(answers.count))
        answers.append(answer)
    }

    mutating func removeAll() {
        places.removeAll()
        answers.removeAll(keepingCapacity: true)
    }
}

