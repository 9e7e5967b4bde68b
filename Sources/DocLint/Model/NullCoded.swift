/// Encodes a missing value as JSON `null` rather than leaving the key out: the dump is a
/// contract and consumers look keys up by name.
@propertyWrapper
public struct NullCoded<Value: Encodable & Sendable>: Encodable, Sendable {
    public var wrappedValue: Value?
    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value = wrappedValue { try container.encode(value) } else { try container.encodeNil() }
    }
}
