/// A libzip failure: the function, the archive's path, and libzip's own message.
public struct ZipError: Error, Sendable, Hashable, CustomStringConvertible {
    public var function: String
    public var path: String
    public var message: String

    public init(function: String, path: String, message: String) {
        self.function = function
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message) (\(function))" }
}
