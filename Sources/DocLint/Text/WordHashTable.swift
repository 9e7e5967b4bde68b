/// A fixed table from 64-bit word hashes to small integers, for look-ups made at every word of
/// every document (syllable lists, phrase heads). Open addressing on a power-of-two array: no
/// `Hasher` round and no allocation per look-up, which `Set<String>` and `Dictionary` cost.
public struct WordHashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int
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
    public mutating func insert(_ key: UInt64, value: Int32 = 0, keepFirst: Bool = true) {
        precondition(count * 2 < keys.count, "WordHashTable is full")
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
}
