import ArgumentParser
import RecordIO

extension RecordFormat: ExpressibleByArgument {
    public init?(argument: String) {
        guard let format = RecordFormat.named(argument) else { return nil }
        self = format
    }

    public static var allValueStrings: [String] { RecordFormat.all.map(\.name) }
}

extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(name: argument)
    }

    public static var allValueStrings: [String] { TextEncoding.allCases.map(\.rawValue) }
}
