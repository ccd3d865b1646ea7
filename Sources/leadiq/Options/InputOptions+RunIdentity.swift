import Foundation

extension InputOptions {
    /// What a run id takes from these options: the input's full path (`-` for standard input) and the `--map`
    /// choices, in a stable order.
    var runIdentity: [String] {
        let path = self.input == "-" ? "-" : URL(fileURLWithPath: self.input).standardizedFileURL.path
        let overrides = self.mappingOverrides.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.key.rawValue)=\($0.value)" }.joined(separator: ",")
        return [path, overrides]
    }
}
